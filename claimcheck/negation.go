package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/text"
)

// onlyWords are the folded words for "only" in the languages of the
// coverage: a negation before one ("not only", "no solamente", "nicht
// nur") adds to what the sentence says and denies nothing.
var onlyWords = map[string]bool{"only": true, "just": true, "solamente": true, "solo": true, "sólo": true, "nur": true, "seulement": true, "só": true, "somente": true, "apenas": true, "soltanto": true}

// negationAt reports whether the i-th of words (of s) is a negation.
func negationAt(s string, words []text.Word, i int) bool {
	f := text.Fold(words[i].Text)
	if i+1 < len(words) && onlyWords[text.Fold(words[i+1].Text)] {
		return false
	}
	if text.IsNegation(f) || llm.IsPrivative(f) {
		return true
	}
	return f == "t" && (strings.HasSuffix(s[:words[i].Start], "n'") || strings.HasSuffix(s[:words[i].Start], "n’"))
}

// isNegated reports whether s has a negation word; one joined to the
// next word by a hyphen ("non-binding") negates that word only (see
// negatesWordOf), not what the sentence says.
func isNegated(s string) bool {
	ws := text.Words(s)
	for i := range ws {
		if negationAt(s, ws, i) && !(i+1 < len(ws) && strings.HasPrefix(s[ws[i].End:], "-")) {
			return true
		}
	}
	return false
}

// withoutNegation splits a negated claim into what it denies (the claim
// without its negation words) and the word the first negation applies
// to, folded; ok is false when the claim negates nothing.
func withoutNegation(claim string) (affirmed, negatedWord string, ok bool) {
	ws := text.Words(claim)
	var b strings.Builder
	last := 0
	for i := range ws {
		if !negationAt(claim, ws, i) {
			if ok && negatedWord == "" && isContent(text.Fold(ws[i].Text)) {
				negatedWord = text.Fold(ws[i].Text)
			}
			continue
		}
		start := ws[i].Start
		if text.Fold(ws[i].Text) == "t" {
			// "didn't" keeps "did".
			start -= len("n'")
			if strings.HasSuffix(claim[:ws[i].Start], "n’") {
				start -= len("n’") - len("n'")
			}
		}
		b.WriteString(claim[last:start])
		last = ws[i].End
		ok = true
	}
	if !ok {
		return claim, "", false
	}
	b.WriteString(claim[last:])
	return strings.Join(strings.Fields(b.String()), " "), negatedWord, true
}
