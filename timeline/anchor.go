package timeline

import (
	"time"
)

// Most pages of a crawl show no date (59 of the 80 of the shipped
// coverage), so their "on Saturday" has nothing to be read against. But
// such a page usually reports an event that dated articles report too:
// "the US said in its statement on Saturday" beside a dated article's "On
// Saturday, the U.S. mission … informed Secretary-General António
// Guterres". That sentence, sharing the dated one's words and naming its
// weekday, anchors the page: its weekdays are then read as the ones
// nearest that day ("Amnesty slammed it Sunday": the next day), for a
// page's weekdays cluster around the news it reports.

// anchorReach is how many days either side of its anchor an undated
// article's weekday is read: three puts every weekday on exactly one day
// (the nearest); a page reporting an event more than three days after it
// would name the day's date, not its weekday.
const anchorReach = 3

// minAnchorShared is how many content words an undated sentence must share
// with a dated one to anchor its article, besides sharing half of the
// shorter's (sameEventOverlap): on the coverage, the tellings of one event
// that anchor share six to nine ("Miroslav Lajcak … UN General Assembly
// president, said Sunday" and "UN General Assembly President Miroslav
// Lajcak on Sunday"), where a short headline shares four with a sentence
// about something else ("Hungary to quit U.N. migration pact - minister"
// and "Hungary's … prime minister … rejected it in July and Austria
// followed suit on Wednesday"). Lower dates more pages, some wrongly;
// higher leaves pages that share one event undated.
const minAnchorShared = 6

// undated is what an article without a publication date leaves to be
// dated: its sentences that give no date written in full.
type undated struct {
	lang      string
	sentences []candidate
	// lead is 1 + the index in sentences of the article's first sentence
	// when it gives no date of its own, 0 when it gives one (eventanchor.go).
	lead int
	// month is the first day of the article's month when only the month
	// is known (monthlead.go); zero otherwise.
	month time.Time
}

// anchored returns the sentences of u dated by their weekday read near the
// anchor day (see above), none when no sentence of u names the weekday of
// a dated sentence of another article (known) that tells the same event
// (sameEvent). With several anchors the day most sentences point
// to wins, the earliest among equals.
func (u undated) anchored(known []candidate) []candidate {
	if len(u.sentences) == 0 {
		return nil
	}
	votes := map[time.Time]int{}
	for _, s := range u.sentences {
		// Whether s names each day, read once per day: many dated
		// sentences of one day may tell its event.
		names := map[time.Time]bool{}
		for _, c := range known {
			if c.date.month || c.cite.Doc == s.cite.Doc {
				continue
			}
			if !sameEvent(s, c) {
				continue
			}
			named, seen := names[c.date.t]
			if !seen {
				t, ok := u.near(s.cite.Quote, c.date.t)
				named = ok && t.Equal(c.date.t)
				names[c.date.t] = named
			}
			if named {
				votes[c.date.t]++
			}
		}
	}
	var anchor time.Time
	for t, n := range votes {
		if n > votes[anchor] || n == votes[anchor] && t.Before(anchor) {
			anchor = t
		}
	}
	if anchor.IsZero() {
		return nil
	}
	var out []candidate
	for _, s := range u.sentences {
		if t, ok := u.near(s.cite.Quote, anchor); ok {
			s.date = dated{t: t}
			out = append(out, s)
		}
	}
	return out
}

// near returns the day sentence s gives by a weekday read within
// anchorReach days of day, and whether it gives one. A date relative to
// the unknown publication ("yesterday", "hace dos días", "next Monday")
// gives none: read against two references a day apart it moves, where a
// weekday stays (it moves only when the day apart crosses it, so both
// sides are tried).
func (u undated) near(s string, day time.Time) (time.Time, bool) {
	at := func(ref time.Time) (time.Time, bool) {
		f := newDateFinder(u.lang, ref)
		f.anchored, f.relative = true, skipRestrictive
		d, ok := f.find(s)
		if !ok || d.month {
			return time.Time{}, false
		}
		return d.t, true
	}
	ref := day.AddDate(0, 0, anchorReach)
	t, ok := at(ref)
	if !ok || t.Before(day.AddDate(0, 0, -anchorReach)) || t.After(ref) {
		return time.Time{}, false
	}
	for _, other := range []time.Time{ref.AddDate(0, 0, 1), ref.AddDate(0, 0, -1)} {
		if o, ok := at(other); ok && o.Equal(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameEvent reports whether an undated sentence u and a dated one c tell
// one event: in one language, sharing half the shorter's content words
// (sameEventOverlap) and minAnchorShared of them; in two, sharing their
// names, numbers and roots as merge joins them (sameAcrossLanguages): "La
// mission américaine auprès de l'ONU a informé son secrétaire général …, a
// annoncé samedi soir" tells "On Saturday, the U.S. mission to the United
// Nations informed Secretary-General António Guterres".
func sameEvent(u, c candidate) bool {
	if u.lang != c.lang {
		_, ok := sameAcrossLanguages(u, c)
		return ok
	}
	// overlap's share, from the one count of shared words.
	n := shared(u.words, c.words)
	return n >= minAnchorShared && float64(n) >= sameEventOverlap*float64(min(len(u.words), len(c.words)))
}
