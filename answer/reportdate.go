package answer

import (
	"sync"
	"time"

	"github.com/footnote-bot/footnote/timeline"
)

// Most pages of the coverage show no date (59 of 80), so their "yesterday"
// or "on Sunday" named no day of the calendar and could not join a dated
// outlet's day. A page that opens with its report's full date ("December
// 4, 2017: Yesterday, Secretary of State Rex Tillerson announced …") is
// read by that date (timeline.Dateline), as the timeline's Dater reads it.

// datelines remembers the undated articles' datelines (see reportDate),
// by article ID and hash; the zero time for none.
type datelines struct {
	m sync.Map
}

// reportDate returns the day the article doc reports on: its publication
// date, or, for an undated article, the full date its dateline opens with
// (see timeline.Dateline); zero when neither is known.
func (e *Extractive) reportDate(doc string) time.Time {
	a := e.article(doc)
	if !a.Published.IsZero() {
		return a.Published
	}
	key := doc + "\x00" + a.Hash
	if t, ok := e.datelines.m.Load(key); ok {
		return t.(time.Time)
	}
	t, _ := timeline.Dateline(a)
	e.datelines.m.Store(key, t)
	return t
}
