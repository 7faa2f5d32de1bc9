package answer

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/text"
)

// Two time values are one version when they name the same day of the
// calendar, read with their articles' dates: "adopted on Monday" in a
// report of Monday, 10 December 2018 and "will be formally adopted … on
// December 10-11" in a July 2018 report tell of one day, told once as it
// happened and once as it was planned; "began today" in a report of 4
// December 2017 names another day; an undated page is read by its
// dateline's date when it opens with one (see reportDate). Values that
// name no day of the calendar (a month alone, "last week", the weekday of
// a page with neither date) are compared as before (see versions' same).

// weekdayReach is how many days before (or, for a planned act, after) its
// report's date a weekday alone may fall: a report names a day of its own
// week by its weekday ("said on Saturday"), a farther one by its date.
const weekdayReach = 6

// futureMarks are the words that tell a planned act: the modals of the
// future and the infinitive "to be" ("is due to be formally approved",
// "is set to be adopted"); a closed class of the grammar. A date or a
// weekday of such a sentence may fall after its report's date.
var futureMarks = map[string]bool{"will": true, "shall": true, "'ll": true}

// plannedTime reports whether the time v (see valueAt) that sentence text
// s gives is of a planned act: a future mark (see futureMarks) stands in
// the clause of the time's first word (see clauseOf): "Hungary will quit
// the … pact before its final approval, Foreign Minister Peter Szijjarto
// said on Wednesday" tells of a Wednesday past.
func plannedTime(s, v string) bool {
	fs := strings.Fields(v)
	if len(fs) == 0 {
		return false
	}
	toks := text.Tokens(s)
	at := slices.IndexFunc(toks, func(t text.Token) bool {
		low := text.Fold(t.Text)
		en, _ := calendarName(t.Text)
		k, _ := monthKey(t.Text)
		return low == fs[0] || en == fs[0] || k == fs[0]
	})
	if at < 0 {
		return false
	}
	lo, hi := clauseOf(s, toks, at)
	for i := lo; i < hi; i++ {
		low := strings.ToLower(toks[i].Text)
		if futureMarks[low] || (low == "to" && i+1 < hi && strings.EqualFold(toks[i+1].Text, "be")) {
			return true
		}
	}
	return false
}

// timeDates returns the days of the calendar that time value v (see
// valueAt, withWeekday) of sentence s names: each day of its month when v
// gives days of one month and their year is known (written in the
// sentence or its article's; a planned act's date is read on or after its
// report's date), or the day a weekday alone or "today", "yesterday",
// "tomorrow" names by its article's date (the last such day up to the
// report, or for a planned act the next from it, within weekdayReach;
// the report's date is its dateline's on an undated page, see reportDate);
// nil otherwise.
func (e *Extractive) timeDates(v string, s sentence) []time.Time {
	fs := strings.Fields(withoutWeekday(v))
	var days []int
	month := 0
	for _, f := range fs {
		if text.IsDigits(f) {
			d, _ := strconv.Atoi(f)
			days = append(days, d)
			continue
		}
		if m, ok := monthNumber(f); ok {
			if month != 0 && month != m {
				return nil // two months
			}
			month = m
		}
	}
	planned := plannedTime(s.text, v)
	pub := e.reportDate(s.doc)
	if len(days) > 0 {
		if month == 0 || len(fs) != len(days)+1 {
			return nil // no month, or times besides the date
		}
		year, ok := e.dateYear(s, time.Month(month), days[0])
		if !ok {
			return nil
		}
		if planned && !pub.IsZero() && year == pub.Year()-1 && !time.Date(pub.Year(), time.Month(month), days[0], 0, 0, 0, 0, time.UTC).Before(pub) {
			year = pub.Year() // a planned date falls after its report
		}
		var out []time.Time
		for _, d := range days {
			t := time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d {
				return nil
			}
			out = append(out, t)
		}
		return out
	}
	if len(fs) != 1 || pub.IsZero() {
		return nil
	}
	day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	switch fs[0] {
	case "today":
		return []time.Time{day}
	case "yesterday":
		return []time.Time{day.AddDate(0, 0, -1)}
	case "tomorrow":
		return []time.Time{day.AddDate(0, 0, 1)}
	}
	en, ok := calendarName(fs[0])
	if !ok || !strings.HasSuffix(en, "day") {
		return nil
	}
	step := -1
	if planned {
		step = 1
	}
	for n := 0; n <= weekdayReach; n++ {
		d := day.AddDate(0, 0, n*step)
		if strings.EqualFold(d.Weekday().String(), en) {
			return []time.Time{d}
		}
	}
	return nil
}

// sameDays reports whether two lists of days of the calendar (see
// timeDates) share one.
func sameDays(a, b []time.Time) bool {
	return slices.ContainsFunc(a, func(t time.Time) bool { return slices.ContainsFunc(b, t.Equal) })
}

// monthHolds reports whether time value v (see valueAt) is one month alone
// ("december", "last december" reads as "december") and every day of
// days falls in it: "rejected it in July" and "said on Wednesday" in a
// report of Wednesday, 18 July 2018 tell of one day, the one more
// precisely, as a day of a month and its month do (see preciserTime).
//
// A value of months only ("july december": "approved in July … and is
// due to be ratified formally in December") holds the days when one of
// its months does: a sentence telling of two acts by their months names
// the one asked among them, as one naming a day among other times does
// (see withinTime).
func monthHolds(v string, days []time.Time) bool {
	fs := strings.Fields(v)
	if len(fs) == 0 || len(days) == 0 {
		return false
	}
	holds := false
	for _, f := range fs {
		k, ok := monthKey(f)
		if !ok {
			return false // a day, a weekday or a relative time
		}
		m, _ := monthNumber(k)
		holds = holds || !slices.ContainsFunc(days, func(d time.Time) bool { return int(d.Month()) != m })
	}
	return holds
}

// datesDays reports whether time value v gives a day of a month in
// digits ("10 11 dec"), not only a weekday or a relative time.
func datesDays(v string) bool {
	return slices.ContainsFunc(strings.Fields(v), text.IsDigits)
}
