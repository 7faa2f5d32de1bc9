package answer

import (
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/text"
)

// A weekday and a date are one version when the date falls on that day:
// "scheduled to begin Monday" and "PUERTO VALLARTA, Mexico, 4 December"
// (a 2017 report) tell of one day, while "On Saturday, the U.S. mission
// … informed" and "On 3 December 2017, President Donald Trump opted out"
// do not (3 December 2017 was a Sunday). A date is given its weekday only
// when its year is known: written in its sentence, or the year of its
// article's date; an undated page's "19 December" stays a date alone.

// laterSpan is how far after its article's date a date without a year may
// fall to be read in the article's year ("due to be approved at a Dec.
// 10-11 meeting" in a November story): later, it is read in the year
// before (a January report of "10 December"). Wider reads more of last
// year's dates in this year.
const laterSpan = 60 * 24 * time.Hour

// withWeekday returns time value v (see valueAt) of sentence s with the
// weekday of its date added ("4 dec" → "4 dec monday"), when v gives one
// day of one month and no weekday and the year is known (see dateYear);
// v as it is otherwise.
func (e *Extractive) withWeekday(v string, s sentence) string {
	var day, month int
	for _, f := range strings.Fields(v) {
		switch {
		case text.IsDigits(f) && day == 0:
			day, _ = strconv.Atoi(f)
		case text.IsDigits(f):
			return v // two days: a span
		default:
			m, ok := monthNumber(f)
			if !ok || month != 0 {
				return v // a weekday, a relative time, or two months
			}
			month = m
		}
	}
	if day == 0 || month == 0 {
		return v
	}
	year, ok := e.dateYear(s, time.Month(month), day)
	if !ok {
		return v
	}
	d := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return v // no such day ("31 nov")
	}
	return v + " " + strings.ToLower(d.Weekday().String())
}

// dateYear returns the year of the date (month, day) that sentence s
// gives: the one year its sentence writes, else its article's date's year
// (the year before when the date would fall more than laterSpan after the
// article); false when neither is known.
func (e *Extractive) dateYear(s sentence, month time.Month, day int) (int, bool) {
	year := 0
	for _, t := range text.Tokens(s.text) {
		if !isYear(t.Text) {
			continue
		}
		y, _ := strconv.Atoi(t.Text)
		if year != 0 && y != year {
			return 0, false // two years: which is the date's is not known
		}
		year = y
	}
	if year != 0 {
		return year, true
	}
	pub := e.article(s.doc).Published
	if pub.IsZero() {
		return 0, false
	}
	if time.Date(pub.Year(), month, day, 0, 0, 0, 0, time.UTC).Sub(pub) > laterSpan {
		return pub.Year() - 1, true
	}
	return pub.Year(), true
}

// monthNumber returns the number of the month of a time value's month key
// ("dec" → 12, see monthKey), and whether f is one.
func monthNumber(f string) (int, bool) {
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), f) && len(f) == monthKeyLen {
			return int(m), true
		}
	}
	return 0, false
}

// withoutWeekday returns time value v without the weekday withWeekday
// added to its date ("3 dec sunday" → "3 dec"), to compare it with a month
// alone (see preciserTime).
func withoutWeekday(v string) string {
	fs := strings.Fields(v)
	if len(fs) < 2 || !text.IsDigits(fs[0]) {
		return v
	}
	if en, ok := calendarName(fs[len(fs)-1]); ok && strings.HasSuffix(en, "day") {
		return strings.Join(fs[:len(fs)-1], " ")
	}
	return v
}
