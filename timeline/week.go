package timeline

import (
	"strings"
	"time"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// weekUnits are the words of unitWords that name a week, folded, in the
// languages of the coverage (a closed class, as yearUnits).
var weekUnits = map[string]bool{"week": true, "weeks": true, "semana": true, "semanas": true, "semaine": true,
	"semaines": true, "woche": true, "wochen": true, "settimana": true, "settimane": true}

// weekMonth reads a week the parser took for a day. The parser reads "last
// week" ("la settimana scorsa", "na semana passada") as the day seven days
// before the publication, where the writer gives a week, not a day: "The
// administration's top national security advisors met early last week", in
// a story of Saturday 2 December 2017, had been an event of Saturday 25
// November. Such a week placed by a word of lastWords, not counted ("two
// weeks ago" stays a day, as the writer counts it from the page), is the
// month it lies in: that week's Monday to Sunday within one month, or no
// date at all (placed is false). week is false when the match is no such
// week; then the day stands. ("this week" the finder refuses already, as a
// bare unit.)
func weekMonth(match string, day time.Time) (d dated, week bool, placed bool) {
	if strings.ContainsFunc(match, unicode.IsDigit) {
		return dated{}, false, false
	}
	unit, last := false, false
	for _, w := range text.Words(match) {
		folded := text.Fold(w.Text)
		unit = unit || weekUnits[folded]
		last = last || (lastWords[folded] && !unitWords[folded])
	}
	if !unit || !last {
		return dated{}, false, false
	}
	at := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	// The week's Monday and Sunday (time.Weekday counts from Sunday).
	monday := at.AddDate(0, 0, -((int(at.Weekday()) + 6) % 7))
	sunday := monday.AddDate(0, 0, 6)
	if monday.Month() != sunday.Month() {
		return dated{}, true, false
	}
	return dated{t: time.Date(monday.Year(), monday.Month(), 1, 0, 0, 0, 0, time.UTC), month: true}, true, true
}

// thisWords place a unit of time in the page's own ("earlier this week",
// "esta semana", "cette semaine", "diese Woche", "questa settimana", "this
// month"), folded: a closed class of the coverage's languages, as lastWords
// and nextWords are.
var thisWords = map[string]bool{"this": true, "esta": true, "este": true, "nesta": true, "neste": true, "cette": true,
	"ce": true, "diese": true, "dieser": true, "diesen": true, "diesem": true, "questa": true, "questo": true}

// monthUnits are the words of unitWords that name a month, folded.
var monthUnits = map[string]bool{"month": true, "mes": true, "mois": true, "monat": true, "mese": true}

// placedUnit reads a week or a month that a word of thisWords or lastWords
// beside it (either side: "last week", "la semana pasada", "vergangene
// Woche") places, in a sentence where the parser read no date: it reads no
// "this week" at all (the finder refuses it as a bare unit), in Spanish and
// French no "last week", and in "Die Regierung hatte vergangene Woche
// angekündigt" it takes "Die" for the date. The week is the month it lies
// in, as weekMonth reads one: last week its Monday to Sunday, this week its
// Monday to the page's day (what is told of it has happened); the month is
// the page's, or the one before. Nothing when the week spans two months,
// when a word of planning stands before it in its clause ("will meet later
// this week"), when it is in a relative clause the finder passes over, or
// when the page has no day of its own to count from (anchored, or undated).
// Read from the words only, with no parser call; the words it read are
// returned with the month.
func (f dateFinder) placedUnit(s string) (dated, string, bool) {
	if f.published.IsZero() || f.anchored {
		return dated{}, "", false
	}
	ws := text.Words(s)
	for i := 0; i+1 < len(ws); i++ {
		a, b := text.Fold(ws[i].Text), text.Fold(ws[i+1].Text)
		place, unit := a, b
		if !weekUnits[unit] && !monthUnits[unit] {
			place, unit = b, a
		}
		this, last := thisWords[place], lastWords[place] && !unitWords[place]
		if (!this && !last) || (!weekUnits[unit] && !monthUnits[unit]) {
			continue
		}
		match := s[ws[i].Start:ws[i+1].End]
		if plannedBefore(s, match) || f.relative.passesOver(s, match, f.lang) {
			continue
		}
		pub := time.Date(f.published.Year(), f.published.Month(), f.published.Day(), 0, 0, 0, 0, time.UTC)
		if monthUnits[unit] {
			if last {
				pub = pub.AddDate(0, 0, -pub.Day()) // the last day of the month before
			}
			return dated{t: time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), month: true}, match, true
		}
		end := pub
		if last {
			end = pub.AddDate(0, 0, -7)
		}
		monday := end.AddDate(0, 0, -((int(end.Weekday()) + 6) % 7))
		if last {
			end = monday.AddDate(0, 0, 6)
		}
		if monday.Month() != end.Month() {
			return dated{}, "", false
		}
		return dated{t: time.Date(monday.Year(), monday.Month(), 1, 0, 0, 0, 0, time.UTC), month: true}, match, true
	}
	return dated{}, "", false
}
