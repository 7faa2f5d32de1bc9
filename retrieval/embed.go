package retrieval

import (
	"context"
	"hash/fnv"
	"math"
	"strings"

	"github.com/philippgille/chromem-go"
)

// LocalDim is the dimension of the built-in embedder's vectors.
const LocalDim = 512

// LocalEmbedderID names the built-in embedder in the index manifest; change
// it whenever the features change so that old vectors are not mixed in.
const LocalEmbedderID = "local-hash-v1"

// NewLocalEmbedding returns Footnote's built-in embedding function: a
// deterministic, offline, lexical embedder. It hashes two kinds of feature
// into dim signed buckets (the "hashing trick"):
//
//   - word stems (weight 1), so that "overruled" meets "overrule";
//   - character trigrams of each word (together weight 0.6 per word), so
//     that a misspelt word ("overuled") still lands near the right one.
//
// The vector is L2-normalised, as chromem-go expects. It never fails: a
// text without words gets a vector of its raw characters. It downloads
// nothing and needs no key. Its signature is chromem-go's EmbeddingFunc.
func NewLocalEmbedding(an *Analyzer, dim int) chromem.EmbeddingFunc {
	return func(_ context.Context, text string) ([]float32, error) {
		v := make([]float32, dim)
		terms := an.Terms(text)
		if len(terms) == 0 {
			// No indexable word ("* * *", "It was."): embed the raw
			// characters, or a fixed feature, so that one odd paragraph
			// never stops an index build.
			raw := strings.Join(strings.Fields(strings.ToLower(text)), " ")
			for _, g := range trigrams(raw) {
				addFeature(v, "c", g, 1)
			}
			if raw == "" {
				addFeature(v, "e", "", 1)
			}
		}
		for _, t := range terms {
			addFeature(v, "w", t.Stem, 1)
			grams := trigrams(t.Stem)
			for _, g := range grams {
				addFeature(v, "c", g, 0.6/float32(len(grams)))
			}
		}
		// Sublinear term frequency, then unit length.
		var norm float64
		for i, x := range v {
			if x != 0 {
				s := float32(math.Copysign(math.Log1p(math.Abs(float64(x))), float64(x)))
				v[i] = s
				norm += float64(s) * float64(s)
			}
		}
		if norm == 0 {
			// Only if features cancelled out exactly; keep the vector valid.
			v[0], norm = 1, 1
		}
		inv := float32(1 / math.Sqrt(norm))
		for i := range v {
			v[i] *= inv
		}
		return v, nil
	}
}

func addFeature(v []float32, kind, s string, w float32) {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(s))
	x := h.Sum64()
	i := int(x % uint64(len(v)))
	if x>>63 == 1 {
		w = -w
	}
	v[i] += w
}

// trigrams returns the character trigrams of "^word$".
func trigrams(word string) []string {
	rs := []rune("^" + word + "$")
	if len(rs) <= 3 {
		return []string{string(rs)}
	}
	out := make([]string, 0, len(rs)-2)
	for i := 0; i+3 <= len(rs); i++ {
		out = append(out, string(rs[i:i+3]))
	}
	return out
}
