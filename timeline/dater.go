package timeline

import (
	"regexp"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// lengthOfTime matches a number joined to a unit of time, a length
// rather than a date ("3-day", "2‑week").
var lengthOfTime = regexp.MustCompile(`(?i)\b\d+\s?[-‑–]\s?(?:hour|day|week|month|year)s?\b`)

// Dater finds the day a sentence of one article gives an event, as the
// timeline does: relative dates ("on Saturday", "yesterday", "hace dos
// días") read against the article's publication date, or against its
// dateline when it has none.
type Dater struct {
	f dateFinder
}

// NewDater returns a Dater for sentences of a, written in lang (English
// when Unknown: unhinted, the parser is a thousand times slower).
func NewDater(a footnote.Article, lang text.Lang) Dater {
	if lang == text.Unknown {
		lang = text.English
	}
	published := a.Published
	if published.IsZero() {
		published = dateline(a, string(lang))
	}
	return Dater{f: newDateFinder(string(lang), published)}
}

// Day returns the first day s gives, and whether it gives one to the day
// (a month alone is not a day).
func (d Dater) Day(s string) (time.Time, bool) {
	// A sentence that opens with a dateline ("December 4, 2017:
	// Yesterday, …") dates its event in the rest, when the rest gives a
	// day (dateline.go); else the dateline's day is the one it gives.
	if x, _, lead, ok := d.f.eventDate(s); ok && !lead && !x.month {
		return x.t, true
	}
	x, ok := d.f.find(s)
	if !ok || x.month {
		return time.Time{}, false
	}
	return x.t, true
}
