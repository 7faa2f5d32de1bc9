package answer

import (
	"maps"
	"slices"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Leaving said as ending a stay. Articles often say that someone left in
// the words of the act they stopped: "informed … that it was ending its
// participation in the Global Compact", "would end its participation in
// the compact process", "said it was ending its participation in
// negotiations". A question asks it with a verb of leaving ("when did the US
// pull out", "why did the administration quit the talks"), which the
// classes of relatedness (related.go) credit only for another word of
// leaving: "ending" is no such word, and "participation" is one of staying,
// the opposite. So the sentence that says it lost to one that writes "pull
// out" of something else ("Miller led efforts to pull out", a vague time).
// For matching only, a sentence where an ending word (relatedness.Ends)
// governs a word of staying (relatedness.Staying: "participation",
// "membership", "attending") within endStayWindow words, before it
// ("ending its participation") or after it ("its participation ended"),
// also holds leavingWord, as a related word: a question's word of leaving
// is credited as by another of its class (minClassRelated), never as the
// word itself.

// endStayWindow is how many words may stand between an ending word and
// the word of staying it ends ("ending its participation": one). More
// takes an ending of something else for it ("ended the talks and joined
// …"); the claim check reads the same span (claimcheck's endWindow).
const endStayWindow = 3

// leavingWord is the word of leaving a sentence that ends a stay is
// credited with: the plainest verb of the class, which the vectors put
// near its other members ("pull", "quit", "withdraw").
const leavingWord = "leave"

// endsStaying reports whether sentence s says that a stay ended (see
// above).
func endsStaying(s string) bool {
	ws := text.Words(s)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = text.Fold(w.Text)
	}
	for i, f := range folded {
		if relatedness.ClassOf(f) != relatedness.Staying {
			continue
		}
		for j := max(0, i-endStayWindow); j <= min(len(folded)-1, i+endStayWindow); j++ {
			if j != i && relatedness.Ends(folded[j]) {
				return true
			}
		}
	}
	return false
}

// saysLeavingFor reports whether a sentence whose words (for soft
// matching) are words says the leaving that question word w asks about:
// w is of the class of leaving and so is one of words ("pullout",
// "withdrawal", "ditching", or leavingWord for a stay said to end). The
// gate for a fact the articles lack (absentfact.go) judges by the vectors
// alone, which put some verbs of leaving far from the others ("quitting"
// and "leave" under minRelated), so "who told guterres the us was
// quitting" was refused on the sentence that says the mission informed
// him it was "ending its participation", while "… was leaving" was
// answered by it. Unlike staying ("rejoin" is not "participate"), every
// word of the class says the one act of leaving.
func saysLeavingFor(w string, words map[string]bool) bool {
	if relatedness.ClassOf(text.Fold(w)) != relatedness.Leaving {
		return false
	}
	for sw := range words {
		if relatedness.ClassOf(sw) == relatedness.Leaving {
			return true
		}
	}
	return false
}

// withConsequences returns cands with, for a "why" question, each
// sentence that the next sentence of its paragraph states the consequence
// of ("… numerous provisions that are inconsistent with U.S. immigration
// and refugee policies …" before "As a result, President Trump determined
// that the United States would end its participation …") also holding,
// as related words, the consequence's words: the question names the act
// (the consequence) and asks its cause, which the cause's sentence gives
// in its own words. The cause is then quoted with the consequence, as
// for a consequence chosen itself (see pickPartWith).
func withConsequences(cands []sentence) []sentence {
	out := cands
	for i, s := range cands {
		if s.para == nil || s.idx+1 >= len(s.all) || s.idx+1 >= len(s.para.words) || !opensWith(s.all[s.idx+1], consequenceOpeners) {
			continue
		}
		if len(out) > 0 && &out[0] == &cands[0] {
			out = slices.Clone(cands)
		}
		words := maps.Clone(s.words)
		maps.Copy(words, s.para.words[s.idx+1])
		out[i].words = words
	}
	return out
}

// consequenceOf returns the index among cands of the sentence that states
// the consequence of cands[i] (the next sentence of its paragraph, opening
// with a consequence opener), and whether there is one.
func consequenceOf(cands []sentence, i int) (int, bool) {
	s := cands[i]
	if s.idx+1 >= len(s.all) || !opensWith(s.all[s.idx+1], consequenceOpeners) {
		return -1, false
	}
	for j, c := range cands {
		if c.doc == s.doc && c.n == s.n && c.idx == s.idx+1 {
			return j, true
		}
	}
	return -1, false
}
