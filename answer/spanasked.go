package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A question asking for a span of time ("how long before the conference did
// the US pull out", "how many years would the agenda cover") is answered by
// a length of time: a unit of time after a number or the indefinite article
// ("A day before a UN global conference …", "a 15 years agenda"). The kind
// gate (gatedKinds) wanted a number or a time, and read neither there: "a
// day" has no digit and no number word, and in "15 years" the unit is the
// question's own word, which hasKind skips so that the class noun asking
// ("which day") never answers itself. So the answering paragraph, ranked
// first, was refused. A span asked for is now held by a length of time in
// the sentences that answer.

// asksSpan reports whether question q asks for a length of time: "how
// long", or "how many" followed by a unit of time.
func asksSpan(q string) bool {
	if asksLength(q) {
		return true
	}
	ws := text.Words(q)
	for i := 0; i+2 < len(ws); i++ {
		if strings.EqualFold(ws[i].Text, "how") && strings.EqualFold(ws[i+1].Text, "many") && timeUnits[strings.ToLower(ws[i+2].Text)] {
			return true
		}
	}
	return false
}

// holdsSpan reports whether sentence s gives a length of time: a unit of
// time after a number (in digits, not a year, or an English number word)
// or after "a"/"an" ("two years", "15 years", "a day"), not an age ("a
// 32-year-old adviser", "two years old").
func holdsSpan(s string) bool {
	toks := text.Tokens(s)
	for i := 1; i < len(toks); i++ {
		if !timeUnits[strings.ToLower(toks[i].Text)] || i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "old") {
			continue
		}
		prev := strings.ToLower(toks[i-1].Text)
		if text.IsDigits(prev) && !isYear(prev) || isNumberWord(prev) || prev == "a" || prev == "an" {
			return true
		}
	}
	return false
}
