package llm

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim can turn its sentence around with a prefix: "the declaration was
// consistent with U.S. immigration policies" against "provisions that are
// inconsistent with U.S. immigration and refugee policies". The crude stems
// of the two words differ ("consi", "incon"), so neither the negation nor
// the shared words see it: a word of the claim that its sentences have
// only with a negating prefix, or the reverse, contradicts them.

// negatingPrefixes are the English prefixes that turn a word into its
// opposite ("inconsistent", "unlikely", "illegal", "disagree"). Not "im":
// "immigration" is no opposite of "migration".
var negatingPrefixes = [...]string{"in", "il", "ir", "un", "non", "dis"}

// minPrefixedBase is the fewest letters of the word a prefix negates:
// shorter ones meet unrelated words ("form" in "inform", "sight" in
// "insight" is five, but rare in a claim against its own sentence).
const minPrefixedBase = 5

// prefixTurned reports whether the claim's word w and the sentence's
// words set differ by a negating prefix: set has a prefixed w, or w is a
// prefixed word of set. claimHas reports whether the claim has a folded
// word itself (then the pair is no contradiction: "legal and illegal").
func prefixTurned(w string, set map[string]struct{}, claimHas func(string) bool) bool {
	for _, p := range negatingPrefixes {
		if len(w) >= minPrefixedBase {
			if _, ok := set[p+w]; ok && !claimHas(p+w) {
				return true
			}
		}
		if base, ok := strings.CutPrefix(w, p); ok && len(base) >= minPrefixedBase {
			if _, in := set[base]; in && !claimHas(base) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether the claim has the folded word w (as the first
// word of one of its stems).
func (a analysis) hasWord(w string) bool {
	for _, s := range a.stems {
		if s.word == w {
			return true
		}
	}
	return false
}

// turnsAround reports whether a plain word of the claim that the sentence
// st lacks is the opposite, by a negating prefix, of one it has (see
// prefixTurned).
func (a analysis) turnsAround(st *sentence) bool {
	for _, s := range a.stems {
		if _, ok := st.stems[s.s]; !ok && s.plain && prefixTurned(s.word, st.words, a.hasWord) {
			return true
		}
	}
	return false
}

// turnsAroundIn reports whether a plain word of the claim that the whole
// paragraph src lacks is the opposite, by a negating prefix, of one it
// has: "because the compact was consistent" on a paragraph whose other
// sentence calls it "inconsistent".
func (a analysis) turnsAroundIn(src *source) bool {
	for _, s := range a.stems {
		if _, ok := src.stems[s.s]; !ok && s.plain && prefixTurned(s.word, src.words, a.hasWord) {
			return true
		}
	}
	return false
}

// A claim can also turn its sentence around with another word: "to weaken
// international border security cooperation" against "enhance", "the
// conference was scheduled to end Monday" against "to begin". WordNet's
// antonyms, stretched to their near words by the vectors, tell which
// (relatedness.Words.Opposed).

// opposes reports whether a plain content word of the claim that the
// sentence st lacks is the opposite (relatedness.Words.Opposed) of the
// content word of st, lacking from the claim, that stands in its place:
// one with the same word just before or just after it (see slotMates),
// the nearest such by meaning (relatedness.Words.Counterpart), both
// negated or neither. It is false without the vectors and for other
// languages than English. A comparative or superlative is weighed first,
// without the vectors (see degreeOpposed).
func (a analysis) opposes(st *sentence) bool {
	if a.lang != string(text.English) {
		return false
	}
	if a.degreeOpposed(st) {
		return true
	}
	if a.rel == nil {
		return false
	}
	var cands []string
	for _, s := range a.stems {
		if !s.plain || !contentWord(s.word) || !a.rel.HasAntonyms(s.word) {
			continue
		}
		if _, ok := st.stems[s.s]; ok {
			continue
		}
		_, claimNegates := a.neg.scope[s.s]
		cands = cands[:0]
		for _, v := range slotMates(a.folded, s.word, st.sequence()) {
			if !contentWord(v) || a.hasWord(v) {
				continue
			}
			if _, negated := st.neg.scope[stem(v)]; negated != claimNegates {
				continue
			}
			cands = append(cands, v)
		}
		if v := a.rel.Counterpart(s.word, cands); v != "" && a.rel.Opposed(s.word, v) {
			return true
		}
	}
	return false
}

// slotMates returns the words of seq that stand where the claim's word w
// stands in claim: each with the same context as w just before it or just
// after it, a context of a content word ("to weaken international" and
// "rights, enhance international") or of two words ("compatible with
// U.S." and "inconsistent with U.S."). A word elsewhere in the sentence
// may be the opposite of w by chance ("begin" and the "days" of "just
// days before") without the sentence saying the opposite of the claim, and
// one shared little word is no slot ("stay in the negotiations" and
// "ended in deadlock").
func slotMates(claim []string, w string, seq []string) []string {
	var out []string
	for i, c := range claim {
		if c != w {
			continue
		}
		for j, v := range seq {
			if sameContext(claim, i, seq, j, -1) || sameContext(claim, i, seq, j, 1) {
				out = append(out, v)
			}
		}
	}
	return out
}

// slotContext is how many words on one side of a slot are compared: one
// content word, or two words of any kind, make the same context.
const slotContext = 2

// sameContext reports whether the words on side dir (-1 before, 1 after)
// of claim[i] and of seq[j] are the same for a content word or for
// slotContext words (see slotMates).
func sameContext(claim []string, i int, seq []string, j, dir int) bool {
	for m := 1; m <= slotContext; m++ {
		ci, sj := i+dir*m, j+dir*m
		if ci < 0 || sj < 0 || ci >= len(claim) || sj >= len(seq) || claim[ci] != seq[sj] {
			return false
		}
		if contentWord(claim[ci]) || m == slotContext {
			return true
		}
	}
	return false
}

// degreeOpposed reports whether a comparative or superlative of the claim
// that st lacks ("the smallest party") is matched in st by the same degree
// of one of its antonyms ("the largest of the coalition's four parties"),
// not negated there. A degree singles out one thing of a set, or ranks two,
// so the opposite degree anywhere in the sentence says otherwise, without
// the shared neighbour slotMates asks of other words; WordNet's antonyms of
// the positive forms (relatedness.Positive) decide, not the vectors.
func (a analysis) degreeOpposed(st *sentence) bool {
	for _, s := range a.stems {
		if !s.plain || !degreeForm(s.word) {
			continue
		}
		p := relatedness.Positive(s.word)
		if p == s.word {
			continue
		}
		if _, ok := st.stems[s.s]; ok {
			continue
		}
		ants := relatedness.Antonyms(p)
		for _, v := range st.sequence() {
			if v == s.word || !degreeForm(v) || superlative(v) != superlative(s.word) || a.hasWord(v) {
				continue
			}
			if _, negated := st.neg.scope[stem(v)]; negated {
				continue
			}
			if pv := relatedness.Positive(v); pv != v && slices.Contains(ants, pv) {
				return true
			}
		}
	}
	return false
}

// degreeForm reports whether w ends as a comparative or superlative may
// ("-er", "-est"): only such a word is worth reading its positive form
// (relatedness.Positive) for.
func degreeForm(w string) bool { return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") }

// superlative reports whether degree form w is a superlative ("-est")
// rather than a comparative ("-er").
func superlative(w string) bool { return strings.HasSuffix(w, "est") }
