package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/text"
)

// negationAt reports whether the i-th of words (of s) is a negation.
func negationAt(s string, words []text.Word, i int) bool {
	f := text.Fold(words[i].Text)
	if text.IsNegation(f) || llm.IsPrivative(f) {
		return true
	}
	return f == "t" && (strings.HasSuffix(s[:words[i].Start], "n'") || strings.HasSuffix(s[:words[i].Start], "n’"))
}

// isNegated reports whether s has a negation word.
func isNegated(s string) bool {
	ws := text.Words(s)
	for i := range ws {
		if negationAt(s, ws, i) {
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
