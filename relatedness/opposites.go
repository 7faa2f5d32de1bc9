package relatedness

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// Opposites: GloVe puts a word's opposite as close to it as a synonym
// ("weaken" and "strengthen"), so the vectors alone can't tell "to weaken
// border cooperation" from "to enhance" it. WordNet can: it links each
// word sense to its direct antonyms ("weaken" and "strengthen", "begin"
// and "end", "continue" and "discontinue", "compatible" and
// "incompatible"). Its pairs are few and exact, so a word the claim uses
// in place of the sentence's is taken as the opposite when the sentence's
// word is the antonym of the claim's, or, by the vectors, nearer that
// antonym than the claim's word itself ("enhance" is nearer "strengthen",
// the antonym of "weaken", than "weaken"): the vectors stretch WordNet's
// pairs to their near words, and WordNet tells the vectors which side a
// near word is on.

// antonymsGz holds WordNet 3.1's direct antonym pairs of single words, one
// "a b" per line, cut by data/convert-wordnet.py (WordNet licence; see
// data/LICENSE.wordnet).
//
//go:embed data/wordnet-antonyms.txt.gz
var antonymsGz []byte

var antonyms = sync.OnceValue(func() map[string][]string { return loadAntonyms(antonymsGz) })

// loadAntonyms reads the pairs of gz into each word's antonyms; a damaged
// file gives none (the check then relies on its other rules).
func loadAntonyms(gz []byte) map[string][]string {
	out := map[string][]string{}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return out
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		a, b, ok := strings.Cut(sc.Text(), " ")
		if !ok || a == "" || b == "" {
			continue
		}
		out[a] = append(out[a], b)
		out[b] = append(out[b], a)
	}
	return out
}

// Antonyms returns WordNet's direct antonyms of the base form word ("end"
// for "begin"); nil for a word it gives none.
func Antonyms(word string) []string { return antonyms()[word] }

// MinOppositeNear is the cosine from which a word counts as a near form of
// an antonym: lower takes words that merely share a topic with the antonym
// for it, higher leaves only the antonym itself and its closest synonyms
// ("strengthen" and "enhance").
const MinOppositeNear = 0.5

// OppositeMargin is how much nearer an antonym than the word itself a word
// must be to count as its opposite: lower takes a synonym of the word
// that happens to lie near its antonym too (antonyms lie close in the
// vectors), higher misses opposites said in a word the vectors put midway.
const OppositeMargin = 0.05

// HasAntonyms reports whether word, or a base form its regular ending may
// come from, has WordNet antonyms: only such a word can be said the
// opposite of (see Opposed). It looks the forms up without the vectors
// and without allocating, for it is asked of every word of a claim; a form
// the vectors lack makes it true where Opposed then finds nothing.
func (w *Words) HasAntonyms(word string) bool {
	ants := antonyms()
	if _, ok := ants[word]; ok {
		return true
	}
	for _, in := range inflections {
		if stem, ok := strings.CutSuffix(word, in[0]); ok && len(stem)+len(in[1]) >= minBaseLen {
			if _, ok := ants[stem+in[1]]; ok {
				return true
			}
		}
	}
	return false
}

// Counterpart returns the word of cands that stands in a's place: the one
// nearest a or one of its antonyms by the vectors (an antonym itself is
// nearest). A sentence holds many words; only the one the claim's word
// replaced can be its opposite ("discourage" stands for "dissuade", not
// for the "ensure" that lies near its antonym "encourage"). It is "" for
// no cands.
func (w *Words) Counterpart(a string, cands []string) string {
	best, bestSim := "", -2.0
	for _, c := range cands {
		s := w.Similarity(a, c)
		for _, x := range w.BaseForms(a) {
			for _, ant := range Antonyms(x) {
				s = max(s, w.Similarity(ant, c))
				for _, y := range w.BaseForms(c) {
					if y == ant {
						s = 1
					}
				}
			}
		}
		if s > bestSim {
			best, bestSim = c, s
		}
	}
	return best
}

// Opposed reports whether b says the opposite of a: b (or a base form of
// it) is a WordNet antonym of a base form of a, or lies nearer such an
// antonym than a itself by OppositeMargin, at MinOppositeNear at least.
// Without the vectors only the antonyms themselves count.
func (w *Words) Opposed(a, b string) bool {
	if a == b {
		return false
	}
	own := -1.0
	for _, x := range w.BaseForms(a) {
		for _, ant := range Antonyms(x) {
			for _, y := range w.BaseForms(b) {
				if y == ant {
					return true
				}
			}
			if w.v == nil {
				continue
			}
			near := w.Similarity(ant, b)
			if near < MinOppositeNear {
				continue
			}
			if own < 0 {
				own = w.Similarity(a, b)
			}
			if near >= own+OppositeMargin {
				return true
			}
		}
	}
	return false
}
