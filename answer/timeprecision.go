package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// How precisely a sentence tells a time, to choose between sentences that
// answer a "when" question alike (the same words matched, the same share
// of typeBonus: see bestSentence). "In September 2016, the 193 members …
// unanimously adopted … the New York Declaration" and "By adopting the New
// York Declaration …, member states made commitments including: to start
// talks leading to … the adoption of a compact … in 2018" hold every word
// of "When was the New York Declaration adopted?", and both read as giving
// the time of an adoption (openingtime.go); the passages' rank chose. The
// one naming a month says more of when: a day says more than a month, a
// month more than a year or a span.
const (
	timeNone  = iota // no time
	timeSpan         // a year, a span ("last week", "two years ago")
	timeMonth        // a month, a weekend
	timeDay          // a day: a weekday, a day of a month, "yesterday"
)

// dayWords name a day relative to the report (see timeWords).
var dayWords = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "tonight": true}

// timePrecision returns how precisely sentence s tells a time (the levels
// above), leaving out the words of the question (asked): the most precise
// of its times.
func timePrecision(s string, asked map[string]bool) int {
	toks := text.Tokens(s)
	best := timeNone
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		if asked[low] || !timeTokenAt(toks, i) {
			continue
		}
		level := timeSpan
		switch {
		case dayWords[low]:
			level = timeDay
		case low == "weekend":
			level = timeMonth
		default:
			if _, month := monthKey(t.Text); month {
				level = timeMonth
				if dayNumberAt(toks, i-1) || dayNumberAt(toks, i+1) {
					level = timeDay
				}
			} else if isCalendarName(t.Text) {
				level = timeDay // a weekday
			}
		}
		best = max(best, level)
	}
	return best
}

// dayNumberAt reports whether token i of toks is a day of a month: a
// number from 1 to 31 ("December 10", "3 December", "10-11" read as 10).
func dayNumberAt(toks []text.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	w, _, _ := strings.Cut(toks[i].Text, "-")
	return mayBeDay(w) // (daynumber.go)
}
