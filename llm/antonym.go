package llm

import "strings"

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
