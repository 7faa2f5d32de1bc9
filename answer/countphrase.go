package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A count asked without "how many": "What is the page count of the
// compact?", "what's the number of countries that signed?", "what was the
// total of votes against?". askedClass reads "what" followed by a verb as
// asking for nothing, so such a question never looked for the outlets'
// versions of the count; "how many pages" did. A noun that names a count
// (numberOf's, a closed class) after "what" or "which" and a copula, within
// maxClassLead words, makes the question ask for a number of the noun it
// modifies ("page count") or that follows its "of" ("number of
// countries"). It is read only to look for versions (versionKind and
// newCountAsk), as foreignAskedKind is: which sentence answers, and
// whether the question is refused, stay as before.

// countPhrase returns the noun a "what is the <noun> count" or "what is
// the number of <noun>" question counts, lowercased, or "" when q asks no
// count this way.
func countPhrase(q string) string {
	var ws []string
	for _, w := range text.Words(q) {
		ws = append(ws, strings.ToLower(w.Text))
	}
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i] != "what" && ws[i] != "which") || !copulas[ws[i+1]] {
			continue
		}
		for j := i + 2; j < min(len(ws), i+3+maxClassLead); j++ {
			if !numberOf[ws[j]] {
				continue
			}
			if j+2 < len(ws) && ws[j+1] == "of" && !text.IsStopWord(text.English, ws[j+2]) {
				return ws[j+2] // "the number of countries"
			}
			if prev := ws[j-1]; j > i+2 && !text.IsStopWord(text.English, prev) {
				return prev // "the page count"
			}
			return ""
		}
		return ""
	}
	return ""
}
