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
