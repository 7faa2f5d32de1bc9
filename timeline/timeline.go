// Package timeline builds the dated events of a coverage: what happened
// when, oldest first, each event a sentence quoted from the articles with
// every article that reports it, and an event the articles date differently
// marked disputed with each date and its sources.
package timeline

import (
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Timeline is the dated events of a set of articles, oldest first.
type Timeline struct {
	Events []Event `json:"events"`
}

// Event is one dated event.
type Event struct {
	// Date is "YYYY-MM-DD", or "YYYY-MM" when only the month is known.
	Date string `json:"date"`
	// Text is a one-line summary: a sentence of the coverage, shortened.
	Text string `json:"text"`
	// Citations are the paragraphs that report the event on Date; each
	// quote is verbatim in its paragraph.
	Citations []footnote.Citation `json:"citations"`
	// Disputed is set when articles give the event different dates.
	Disputed bool `json:"disputed"`
	// Versions lists each date given to a disputed event with its sources
	// (the first is Date); empty when the event is not disputed.
	Versions []Version `json:"versions"`
}

// Version is one date a disputed event is given, with its sources.
type Version struct {
	Date      string              `json:"date"`
	Citations []footnote.Citation `json:"citations"`
}

// MaxEvents bounds the timeline's length: more is a list nobody reads in
// Discord, fewer drops events reported by a single outlet.
const MaxEvents = 150

// Build returns the timeline of arts. Articles without a publication date
// contribute dates written in full, and weekdays read near the day of an
// event they share with dated articles (see anchored).
func Build(arts []footnote.Article) Timeline {
	// Finding dates is the costly part: one article per worker.
	per := make([][]candidate, len(arts))
	pending := make([]undated, len(arts))
	news := make([]undated, len(arts))
	det := text.NewDetector()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				per[i], pending[i], news[i] = candidates(arts[i], det)
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	var cands []candidate
	for _, c := range per {
		cands = append(cands, c...)
	}
	// An undated article's weekdays are read near the day of an event it
	// shares with dated articles, or with articles so anchored before
	// (anchorchain.go).
	more, anchored := anchorInPasses(pending, cands)
	common := newStoryWords(cands)
	for i, u := range pending {
		if anchored[i] {
			continue
		}
		if l, ok := u.leadOfEvent(cands, common); ok && len(u.inMonth([]candidate{l})) > 0 {
			// A page with no weekday near an event's day: its lead is
			// news of the event it tells (eventanchor.go).
			more = append(more, l)
		} else if l, ok := u.monthLead(); ok {
			// A page that shows only its month: its lead is news of
			// that month (monthlead.go).
			more = append(more, l)
		}
	}
	// A dated page's lead that reports an earlier day's event is news of
	// that day (reportlead.go).
	redateReportLeads(cands, news, common)
	cands = append(cands, more...)
	weights := newRarity(cands)
	events := merge(cands, weights)
	// Keep the events reported by the most articles.
	slices.SortStableFunc(events, func(a, b *cluster) int { return len(b.docs()) - len(a.docs()) })
	if len(events) > MaxEvents {
		events = events[:MaxEvents]
	}
	out := make([]Event, 0, len(events))
	var words []map[string]struct{}
	for _, c := range events {
		ev := c.event()
		// Two events of a day told in the same words are one.
		w := contentWords(ev.Text, text.English)
		dup := -1
		for i := range out {
			if out[i].Date == ev.Date && overlap(w, words[i]) >= sameEventOverlap && weights.sharesTelling(w, words[i]) {
				dup = i
				break
			}
		}
		if dup >= 0 {
			for _, c := range ev.Citations {
				// One citation per article, as within an event.
				if !slices.ContainsFunc(out[dup].Citations, func(d footnote.Citation) bool { return d.Doc == c.Doc }) {
					out[dup].Citations = append(out[dup].Citations, c)
				}
			}
			continue
		}
		out, words = append(out, ev), append(words, w)
	}
	slices.SortStableFunc(out, func(a, b Event) int { return strings.Compare(a.Date, b.Date) })
	return Timeline{Events: out}
}
