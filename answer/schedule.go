package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
)

// "It is due to be formally approved at a Dec. 10-11 meeting" sets a date,
// not a cause: "due to" before a verb says what is scheduled ("due to
// begin", "due to be signed"); only before a noun phrase ("due to the
// crisis") does it give a reason. A "why" question's typeBonus went to
// such a sentence.

// auxiliaryBases are the base forms of the auxiliaries, which the table of
// irregular verbs leaves out (a closed class).
var auxiliaryBases = map[string]bool{"be": true, "have": true, "do": true}

// withoutSchedules returns low (a lowercased sentence, padded with spaces)
// with every "due to" that a verb's base form follows cut out.
func withoutSchedules(low string) string {
	const phrase = " due to "
	var b strings.Builder
	for {
		i := strings.Index(low, phrase)
		if i < 0 {
			b.WriteString(low)
			return b.String()
		}
		rest := low[i+len(phrase):]
		next, _, _ := strings.Cut(rest, " ")
		if isBaseVerb(next) {
			b.WriteString(low[:i+1])
		} else {
			b.WriteString(low[:i+len(phrase)])
		}
		low = rest
	}
}

// isBaseVerb reports whether w is the base form of an auxiliary or of an
// irregular verb ("be", "begin", "take"), not one of its past forms.
func isBaseVerb(w string) bool {
	if auxiliaryBases[w] {
		return true
	}
	return relatedness.IrregularForms(w) != nil && !relatedness.IrregularPast(w)
}
