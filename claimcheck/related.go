package claimcheck

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim posted in other words than the coverage's ("called" for
// "described", "slammed" for "lashed out at") shares too few of its words
// with the sentence that says it. A word of the claim the sentence lacks
// counts as held when the sentence has a word of the same polarity class
// close to it by the GloVe vectors (relatedness.Words.SameClass, which
// says why the class is needed). English only (the vectors are English).

// relatedHeld returns how many of the claim's content words (by stem) that
// sentence s lacks one of its words says in other words of the same class
// (see above); rel compares them.
func relatedHeld(claim string, cw claimWords, s sentence, rel *relatedness.Words) int {
	if rel == nil {
		return 0
	}
	var sws []string
	for _, w := range text.Words(s.cite.Quote) {
		if f := text.Fold(w.Text); relatedness.ClassOf(f) != relatedness.NoClass {
			sws = append(sws, f)
		}
	}
	if len(sws) == 0 {
		return 0
	}
	n := 0
	for _, f := range lackedWords(claim, cw, s) {
		for _, x := range sws {
			if rel.SameClass(f, x) {
				n++
				break
			}
		}
	}
	return n
}

// lackedWords returns the claim's content words (folded, one for each stem
// of cw.content) that sentence s lacks.
func lackedWords(claim string, cw claimWords, s sentence) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		st := stem(f)
		if _, ok := cw.content[st]; !ok || seen[st] {
			continue
		}
		seen[st] = true
		if _, held := s.words.content[st]; !held {
			out = append(out, f)
		}
	}
	return out
}
