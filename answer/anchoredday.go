package answer

import (
	"strings"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/timeline"
)

// Most pages of the coverage show no date (59 of 80), so a weekday alone
// on them ("endorsed … Wednesday", "said on Sunday") named no day of the
// calendar, and an undated outlet's "Wednesday" stood as a version beside
// a dated one's "19 December", the same day. The timeline anchors such a
// page on an event it shares with a dated one (timeline.AnchoredDays): its
// weekdays are read near that event's day. The answers read them so too.

// anchorMemo remembers the anchored days of one set of articles: working
// them out reads every article's dates (about a second over the coverage),
// so it is done once, on the first time question that needs it, and again
// only when the articles change.
type anchorMemo struct {
	mu   sync.Mutex
	key  string
	days map[footnote.Citation]time.Time
	// datelines are the undated articles' datelines (see reportDate), by
	// article ID; the zero time for none.
	datelines sync.Map
}

// reportDate returns the day the article doc reports on: its publication
// date, or, for an undated article, the full date its dateline opens with
// (see timeline.Dateline: "December 4, 2017: Yesterday, Secretary of
// State Rex Tillerson announced …"), as the timeline reads it; zero when
// neither is known.
func (e *Extractive) reportDate(doc string) time.Time {
	a := e.article(doc)
	if !a.Published.IsZero() {
		return a.Published
	}
	if t, ok := e.anchors.datelines.Load(doc + "\x00" + a.Hash); ok {
		return t.(time.Time)
	}
	t, _ := timeline.Dateline(a)
	e.anchors.datelines.Store(doc+"\x00"+a.Hash, t)
	return t
}

// anchoredDay returns the day the weekday (its English name, lowercased)
// of sentence s of an undated article names, read near the event its
// article shares with a dated one (see timeline.AnchoredDays), and whether
// the article is so anchored and the day is that weekday.
func (e *Extractive) anchoredDay(s sentence, weekday string) (time.Time, bool) {
	days := e.anchoredDays()
	t, ok := days[footnote.Citation{Doc: s.doc, Paragraph: s.n, Quote: s.text}]
	if !ok || !strings.EqualFold(t.Weekday().String(), weekday) {
		return time.Time{}, false
	}
	return t, true
}

// anchoredDays returns timeline.AnchoredDays of the index's articles,
// worked out once per set of articles (by their IDs and hashes).
func (e *Extractive) anchoredDays() map[footnote.Citation]time.Time {
	arts := e.ix.Articles()
	var b strings.Builder
	for _, a := range arts {
		b.WriteString(a.ID + "\x00" + a.Hash + "\x00")
	}
	m := &e.anchors
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.days == nil || m.key != b.String() {
		m.key, m.days = b.String(), timeline.AnchoredDays(arts)
	}
	return m.days
}
