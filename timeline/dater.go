package timeline

import (
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

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
	x, ok := d.f.find(s)
	if !ok || x.month {
		return time.Time{}, false
	}
	return x.t, true
}
