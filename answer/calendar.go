package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// Times are compared across languages: "samedi", "sábado" and "Samstag"
// give the same day as "Saturday", "10 y 11 de diciembre" the same days
// as "December 10-11", so an outlet in another language agrees with (or
// differs from) the English ones by what it says, not by how.

// calendarName returns the English name, lowercased, of the month or
// weekday word names in English (see retrieval.IsCalendarWord,
// abbreviations as written) or in another language of the coverage (see
// text.EnglishDateName), and whether it names one.
func calendarName(word string) (string, bool) {
	low := strings.ToLower(strings.TrimSuffix(word, "."))
	if retrieval.IsCalendarWord(low) {
		return low, true
	}
	return text.EnglishDateName(low)
}

// isCalendarName reports whether word names a month or a weekday in one
// of the languages of calendarName.
func isCalendarName(word string) bool {
	_, ok := calendarName(word)
	return ok
}

// monthKey returns the first three letters of the English name of the
// month word names in any language of calendarName ("dec" for
// "December", "Dec." and "décembre"), and whether it names a month rather
// than a weekday: one key for every way a month is written.
func monthKey(word string) (string, bool) {
	en, ok := calendarName(word)
	if !ok || strings.HasSuffix(en, "day") || len(en) < monthKeyLen {
		return "", false
	}
	return en[:monthKeyLen], true
}

// monthKeyLen is how many letters of a month's English name key it: every
// English month is told apart by its first three, as its abbreviation.
const monthKeyLen = 3

// preciserTime reports whether time value day (see valueAt) gives a day of
// the months that value month names and nothing else ("3 dec" for
// "december", from "last December"): the two don't disagree, the first
// only says more.
func preciserTime(day, month string) bool {
	var keys []string
	for _, w := range strings.Fields(month) {
		k, ok := monthKey(w)
		if !ok {
			return false
		}
		keys = append(keys, k)
	}
	var dayMonths []string
	digits := false
	for _, w := range strings.Fields(day) {
		switch {
		case text.IsDigits(w):
			digits = true
		default:
			k, ok := monthKey(w)
			if !ok {
				return false
			}
			dayMonths = append(dayMonths, k)
		}
	}
	return digits && len(keys) > 0 && slices.Equal(slices.Compact(slices.Sorted(slices.Values(keys))), slices.Sorted(slices.Values(dayMonths)))
}
