// Package relatedness tells how close in meaning two English words are, by
// the cosine of their GloVe vectors (retrieval.Vectors), compared in their
// base forms too: the vectors are of word forms, and "finalize" is closer
// to "conclude" than to "concluded".
package relatedness

import (
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
)

// Words compares words by the vectors, remembering each word's base forms.
// It is not safe for concurrent use: make one per question or answer.
type Words struct {
	v     *retrieval.Vectors
	forms map[string][]string // see BaseForms
	past  map[string]bool     // see IsPastForm
}

// New returns a comparer over v; with v nil (the vectors failed to load)
// every pair of words is unrelated.
func New(v *retrieval.Vectors) *Words {
	return &Words{v: v, forms: map[string][]string{}, past: map[string]bool{}}
}

// Similarity is the highest cosine between a form of a and a form of b
// (see BaseForms), in [-1, 1]; 0 when either has no vector.
func (w *Words) Similarity(a, b string) float64 {
	if w.v == nil {
		return 0
	}
	best := 0.0
	for _, x := range w.BaseForms(a) {
		for _, y := range w.BaseForms(b) {
			if c, ok := w.v.Similarity(x, y); ok {
				best = max(best, c)
			}
		}
	}
	return best
}

// inflections are the regular English endings of verbs and nouns, each
// with what replaces it in the base form ("concluded" → "conclude",
// "countries" → "country").
var inflections = [...][2]string{
	{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""},
}

// minBaseLen is the shortest base form tried: shorter ones ("us" of "used")
// are other words.
const minBaseLen = 3

// BaseForms returns word and the base forms its regular ending may come
// from that have a vector, made once per word.
func (w *Words) BaseForms(word string) []string {
	if out, ok := w.forms[word]; ok {
		return out
	}
	out := []string{word}
	if w.v != nil {
		for _, in := range inflections {
			if stem, ok := strings.CutSuffix(word, in[0]); ok && len(stem)+len(in[1]) >= minBaseLen {
				if _, known := w.v.Similarity(stem+in[1], stem+in[1]); known {
					out = append(out, stem+in[1])
				}
			}
		}
	}
	w.forms[word] = out
	return out
}
