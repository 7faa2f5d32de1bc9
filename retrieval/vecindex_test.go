package retrieval

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The quantised search finds what an exact cosine search finds: the same
// nearest chunk for sparse and dense queries, similarities within a
// hundredth, and vectors of any length (they are normalised on the way in).
func TestNearestAgreesWithExactCosine(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n, dim = 300, 64
	vecs := make([][]float32, n)
	vb := newVecBuilder(n)
	for i := range vecs {
		v := make([]float32, dim)
		for d := range v {
			v[d] = float32(r.NormFloat64()) * float32(1+i%5) // lengths differ
		}
		vecs[i] = v
		if err := vb.put(i, v); err != nil {
			t.Fatal(err)
		}
	}
	cos := func(a, b []float32) float64 {
		var dot, na, nb float64
		for i := range a {
			dot += float64(a[i]) * float64(b[i])
			na += float64(a[i]) * float64(a[i])
			nb += float64(b[i]) * float64(b[i])
		}
		return dot / math.Sqrt(na*nb)
	}
	for trial := range 40 {
		q := make([]float32, dim)
		if trial%2 == 0 {
			q = append([]float32(nil), vecs[r.IntN(n)]...) // a chunk itself: it must come first
		}
		for k := 0; k < dim/4; k++ {
			q[r.IntN(dim)] += float32(r.NormFloat64()) // sparse noise
		}
		best, bestCos := -1, -2.0
		for i, v := range vecs {
			if c := cos(q, v); c > bestCos {
				best, bestCos = i, c
			}
		}
		hits := vb.vi.nearest(q, 5)
		if len(hits) != 5 || hits[0].chunk != best {
			t.Fatalf("trial %d: nearest %v, exact best %d (%.3f)", trial, hits, best, bestCos)
		}
		var qlen float64
		for _, x := range q {
			qlen += float64(x) * float64(x)
		}
		for _, h := range hits {
			if got, want := float64(h.sim)/math.Sqrt(qlen), cos(q, vecs[h.chunk]); math.Abs(got-want) > 0.01 {
				t.Fatalf("trial %d: chunk %d similarity %.4f, exact %.4f", trial, h.chunk, got, want)
			}
		}
	}
}
