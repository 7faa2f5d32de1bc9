package claimcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// englishCapitals are the folded English words always written with a
// capital: the days and the months ("may" and "march" are verbs as often,
// and left out).
var englishCapitals = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february april june july august september october november december`) {
		englishCapitals[w] = true
	}
}

// recased returns claim with English days and months capitalised: posted
// in lower case ("opened on saturday"), a claim would escape the check's
// rule for dates. (Names stay as posted: capitalised, "stephen" would have
// to be in the very paragraph that says what "Miller" did.)
func recased(claim string) string {
	b := []byte(claim)
	for _, w := range text.Words(claim) {
		r, size := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsLower(r) || !englishCapitals[text.Fold(w.Text)] {
			continue
		}
		copy(b[w.Start:], string(unicode.ToUpper(r))[:size])
	}
	return string(b)
}
