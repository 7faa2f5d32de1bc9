package retrieval

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync"
)

// vecIndex holds the chunks' embeddings for a nearest-neighbour search by
// cosine similarity. Each vector is scaled to unit length and quantised to a
// signed byte a value with one scale a chunk (a quarter of the memory of
// float32, and the order of cosines kept to about 1 %), stored column by
// column: all chunks' values in dimension 0, then dimension 1, and so on.
// A query reads only the columns where its own vector is not zero, which
// for the built-in embedder (a question hashes to a few dozen of its 512
// buckets) is a tenth of the index.
type vecIndex struct {
	n, dim int
	// scale[i] turns chunk i's bytes back into its unit vector's values.
	scale []float32
	// vals[d*n+i] is chunk i's value in dimension d, as an int8.
	vals []byte
}

// quantMax is the largest quantised magnitude: an int8's.
const quantMax = 127

// vecBuilder fills a vecIndex from vectors that arrive in any order, from
// several goroutines; the dimension is taken from the first.
type vecBuilder struct {
	mu sync.Mutex
	vi vecIndex
}

func newVecBuilder(n int) *vecBuilder {
	return &vecBuilder{vi: vecIndex{n: n, scale: make([]float32, n)}}
}

// put stores chunk i's vector; an error if its dimension is not the
// first vector's.
func (b *vecBuilder) put(i int, v []float32) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.vi.vals == nil {
		if len(v) == 0 {
			return fmt.Errorf("embedder returned an empty vector")
		}
		b.vi.dim = len(v)
		b.vi.vals = make([]byte, b.vi.n*len(v))
	}
	if len(v) != b.vi.dim {
		return fmt.Errorf("embedder returned %d dimensions, %d for another chunk", len(v), b.vi.dim)
	}
	var norm, peak float64
	for _, x := range v {
		norm += float64(x) * float64(x)
		peak = math.Max(peak, math.Abs(float64(x)))
	}
	if norm == 0 {
		b.vi.scale[i] = 0
		return nil
	}
	step := peak / quantMax
	b.vi.scale[i] = float32(step / math.Sqrt(norm))
	n := b.vi.n
	for d, x := range v {
		b.vi.vals[d*n+i] = byte(int8(math.Round(float64(x) / step)))
	}
	return nil
}

// vector returns chunk i's stored vector (unit length, as quantised).
func (vi *vecIndex) vector(i int) []float32 {
	v := make([]float32, vi.dim)
	for d := range v {
		v[d] = float32(int8(vi.vals[d*vi.n+i])) * vi.scale[i]
	}
	return v
}

// hit is a chunk and its cosine similarity to a query.
type hit struct {
	chunk int
	sim   float32
}

// nearest returns the k chunks most similar to q, best first. q need not
// be of unit length (it scales every similarity alike). The query is
// quantised too, finely (see queryQuant), so that the scan is integer
// multiply-adds, two columns at a time.
func (vi *vecIndex) nearest(q []float32, k int) []hit {
	if vi.n == 0 || k <= 0 || len(q) != vi.dim {
		return nil
	}
	var dims []int
	var peak float64
	for d, qd := range q {
		if qd != 0 {
			dims = append(dims, d)
			peak = math.Max(peak, math.Abs(float64(qd)))
		}
	}
	if len(dims) == 0 {
		return nil
	}
	// The largest query value such that no sum can overflow an int32.
	qmax := min(queryQuant, (math.MaxInt32-1)/(quantMax*len(dims)))
	qstep := peak / float64(qmax)
	qi := func(d int) int32 { return int32(math.Round(float64(q[d]) / qstep)) }
	acc := make([]int32, vi.n)
	n := vi.n
	for j := 0; j < len(dims); j += 2 {
		c1 := vi.vals[dims[j]*n : (dims[j]+1)*n]
		q1 := qi(dims[j])
		if j+1 == len(dims) {
			acc := acc[:len(c1)]
			for i, x := range c1 {
				acc[i] += q1 * int32(int8(x))
			}
			break
		}
		c2 := vi.vals[dims[j+1]*n : (dims[j+1]+1)*n]
		c2 = c2[:len(c1)]
		acc := acc[:len(c1)]
		q2 := qi(dims[j+1])
		for i, x := range c1 {
			acc[i] += q1*int32(int8(x)) + q2*int32(int8(c2[i]))
		}
	}
	worse := func(a, b hit) bool { return a.sim < b.sim || (a.sim == b.sim && a.chunk > b.chunk) }
	top := make([]hit, 0, min(k, vi.n))
	fs := float32(qstep)
	for i, a := range acc {
		h := hit{i, float32(a) * fs * vi.scale[i]}
		if len(top) == k && h.sim < top[0].sim {
			continue
		}
		top = keepBest(top, k, h, worse)
	}
	sortHits(top)
	return top
}

// queryQuant is the largest magnitude of a quantised query value: 2^15
// keeps the query's own rounding a thousand times below the chunks'.
const queryQuant = 1 << 15

// keepBest adds x to top, a heap of at most k items whose root is the
// worst; worse(a, b) reports whether a ranks below b.
func keepBest[T any](top []T, k int, x T, worse func(a, b T) bool) []T {
	if len(top) < k {
		top = append(top, x)
		for c := len(top) - 1; c > 0; {
			p := (c - 1) / 2
			if !worse(top[c], top[p]) {
				break
			}
			top[c], top[p] = top[p], top[c]
			c = p
		}
		return top
	}
	if k == 0 || !worse(top[0], x) {
		return top
	}
	top[0] = x
	for p := 0; ; {
		c := 2*p + 1
		if c >= len(top) {
			break
		}
		if c+1 < len(top) && worse(top[c+1], top[c]) {
			c++
		}
		if !worse(top[c], top[p]) {
			break
		}
		top[c], top[p] = top[p], top[c]
		p = c
	}
	return top
}

// sortHits orders hits best first (ties by chunk order).
func sortHits(hs []hit) {
	slices.SortFunc(hs, func(a, b hit) int {
		if a.sim != b.sim {
			return cmp.Compare(b.sim, a.sim)
		}
		return cmp.Compare(a.chunk, b.chunk)
	})
}
