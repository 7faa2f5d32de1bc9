package answer

import (
	"strings"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/timeline"
)

// Most pages of the coverage show no date (59 of 80), so a weekday alone
// on them ("condemned it on Sunday") named no day of the calendar, and
// could not join a dated outlet's "yesterday" in its report of Monday:
// the two stood as versions of one day. The timeline anchors such a page
// on an event it shares with a dated one (timeline.AnchoredDays): its
// weekdays are read near that event's day, and the answers read them so
// too. A page that opens with its report's date ("December 4, 2017:
// Yesterday, …") is read by that date (timeline.Dateline), as the
// timeline's Dater reads it. On the shipped coverage the anchor reaches
// two pages and the dateline one: the shared event the anchor needs is
// rarely told by a weekday on a dated page.

// anchorMemo remembers the anchored days of one set of articles: working
// them out reads every article's dates (about a second over the coverage),
// so it is done once, on the first time question that needs it, and again
// only when the articles change. The datelines are remembered by article
// ID and hash.
type anchorMemo struct {
	mu sync.Mutex
	// first and n are the index's article list the days were worked out
	// for: a sync makes a new list, so its first element's address and
	// length tell a changed set without reading it (the memo holds the
	// old list, whose address is then not reused).
	first *footnote.Article
	n     int
	days  map[footnote.Citation]time.Time
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
// worked out once per list of articles.
func (e *Extractive) anchoredDays() map[footnote.Citation]time.Time {
	arts := e.ix.Articles()
	var first *footnote.Article
	if len(arts) > 0 {
		first = &arts[0]
	}
	m := &e.anchors
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.days == nil || m.first != first || m.n != len(arts) {
		m.first, m.n, m.days = first, len(arts), timeline.AnchoredDays(arts)
	}
	return m.days
}
