package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Who speaks a quotation of several sentences. News quotes a speaker over
// several sentences and names them once, after the last ("“It does not
// encourage migration, nor does it aim to stop it. It is not legally
// binding. … And it fully respects the sovereignty of States,” UNGA
// President Miroslav Lajcak said.") or before the first ("Haley said: “…
// . …”"). A question about what the speaker said ("What did Lajcak say the
// compact does regarding encouraging migration?") then found the speaker's
// name only in the sentence that names them, and quoted it ("And it fully
// respects the sovereignty of States") instead of the sentence that says
// what was asked, which held the name only in its paragraph (at ctxCredit).
// For matching only, as a pronoun's name is (see resolveRefs), every
// sentence of a quotation holds the names of its speaker.

// quoteSpeakers returns, for each of a paragraph's sentences that lies
// within a quotation running over several sentences, the names written
// outside the quotation in its first or last sentence (its attribution);
// nil for the others.
func quoteSpeakers(sents []string) [][]string {
	out := make([][]string, len(sents))
	open := -1       // the sentence the current quotation opened in
	var lead string  // the text before the quotation's opening mark
	inQuote := false // the state at the end of the sentence before
	for i, s := range sents {
		startIn := inQuote
		marks := quoteMarks(s)
		state := inQuote
		firstOpen, lastClose := -1, -1
		for _, m := range marks {
			opening := m.r == '“' || m.r == '«' || m.r == '„' || (m.r == '"' && !state)
			if opening && !state {
				state = true
				if firstOpen < 0 {
					firstOpen = m.at
				}
			} else if !opening && state {
				state = false
				lastClose = m.at
			}
		}
		switch {
		case !startIn && state:
			// A quotation opens here and runs on.
			open, lead = i, s[:firstOpen]
		case startIn && !state && open >= 0:
			// The quotation that opened in sentence open closes here.
			names := capitalised(s[lastClose:])
			if len(names) == 0 {
				names = capitalised(lead)
			}
			if len(names) > 0 {
				for k := open; k <= i; k++ {
					out[k] = append(out[k], names...)
				}
			}
			open = -1
		}
		inQuote = state
	}
	return out
}

// quoteMark is a quotation mark and its byte offset.
type quoteMark struct {
	r  rune
	at int
}

// quoteMarks returns the double quotation marks of s in order.
func quoteMarks(s string) []quoteMark {
	var out []quoteMark
	for i, r := range s {
		switch r {
		case '“', '”', '"', '«', '»', '„':
			out = append(out, quoteMark{r, i})
		}
	}
	return out
}

// capitalised returns the words of s written with a capital (the names of
// an attribution, "UNGA President Miroslav Lajcak said").
func capitalised(s string) []string {
	var out []string
	for _, t := range text.Tokens(s) {
		if startsUpper(t.Text) && !strings.ContainsAny(t.Text, "“”\"«»„") {
			out = append(out, t.Text)
		}
	}
	return out
}
