package retrieval

import "strings"

// calendarWords are the English names of months and weekdays, with their
// usual abbreviations: words English always writes with a capital, which
// name a date rather than a topic.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// IsCalendarWord reports whether word names a month or a day of the week
// ("December", "Dec", "Saturday"). "May" is left out: it is far more often
// the verb.
func IsCalendarWord(word string) bool {
	return calendarWords[strings.ToLower(strings.TrimSuffix(word, "."))]
}
