package claimcheck

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim posted in other words than the coverage's ("called" for
// "described", "slammed" for "lashed out at") shares too few of its words
// with the sentence that says it. A word of the claim the sentence lacks
// counts as held when the sentence has a word close to it by the GloVe
// vectors (relatedness.Words) AND of the same polarity class: both judge
// the same way, both take the same stance, or both report or name what
// someone said. The vectors put opposites as close as synonyms ("accepted"
// and "rejected" 0.82, "more" and "less" 0.91, "Asia" and "Europe" 0.78),
// so a word in no class, or in another class, is never credited: the
// classes carry the polarity, the vectors only tell a near word of the
// class from a far one. English only (the vectors are English).

// minRelatedWord is the cosine from which a word of the claim counts as
// said by a word of the same class: lower credits words of a class that
// mean something else ("praised" and "welcomed" 0.74), higher keeps fewer
// paraphrases ("called" and "described" are 0.76, "slammed" and
// "lashed" 0.77).
const minRelatedWord = 0.75

// namingStems are the starts of folded English words by which someone
// names or describes a thing ("called the move unacceptable", "described
// the move as"), a class of their own beside reporting (reportStems).
var namingStems = []string{"call", "describ", "label", "term", "dubb", "brand"}

// polarity is the class of a word whose opposites a class keeps apart.
type polarity int

// The classes; a word of none is never credited by its vector.
const (
	noClass polarity = iota
	approving
	disapproving
	leaving
	staying // joining, signing, backing
	naming
	reporting
)

// wordClass is the polarity class of folded word f (see above).
func wordClass(f string) polarity {
	switch {
	case hasPrefix(f, approveStems):
		return approving
	case hasPrefix(f, disapproveStems):
		return disapproving
	case isLeave(f):
		return leaving
	case isStay(f) || isBacking(f):
		return staying
	case hasPrefix(f, namingStems):
		return naming
	case hasPrefix(f, reportStems):
		return reporting
	}
	return noClass
}

// relatedHeld returns how many of the claim's content words (by stem) that
// sentence s lacks one of its words says in other words of the same class
// (see above); rel compares them.
func relatedHeld(claim string, cw claimWords, s sentence, rel *relatedness.Words) int {
	if rel == nil {
		return 0
	}
	var sws []string
	for _, w := range text.Words(s.cite.Quote) {
		if f := text.Fold(w.Text); wordClass(f) != noClass {
			sws = append(sws, f)
		}
	}
	if len(sws) == 0 {
		return 0
	}
	n := 0
	seen := map[string]bool{}
	for _, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		st := stem(f)
		if _, ok := cw.content[st]; !ok || seen[st] {
			continue
		}
		if _, held := s.words.content[st]; held {
			continue
		}
		seen[st] = true
		class := wordClass(f)
		if class == noClass {
			continue
		}
		for _, x := range sws {
			if wordClass(x) == class && rel.Similarity(f, x) >= minRelatedWord {
				n++
				break
			}
		}
	}
	return n
}
