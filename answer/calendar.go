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

// foreignCalendar maps the names of months and weekdays in the Latin-script
// languages of the coverage (es, pt, ca, fr, it, de, nl, da) and Russian
// months (in the genitive a date takes) to their English names, folded to
// lowercase. Words that are also common words of English or of the
// language itself are left out ("mars", "may"): a name missed costs a
// version, a word misread makes one.
var foreignCalendar = map[string]string{
	// Spanish
	"enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may",
	"junio": "june", "julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september",
	"octubre": "october", "noviembre": "november", "diciembre": "december",
	"lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "jueves": "thursday",
	"viernes": "friday", "sábado": "saturday", "domingo": "sunday",
	// Portuguese
	"janeiro": "january", "fevereiro": "february", "março": "march", "maio": "may", "junho": "june",
	"julho": "july", "setembro": "september", "outubro": "october", "novembro": "november", "dezembro": "december",
	"segunda-feira": "monday", "terça-feira": "tuesday", "quarta-feira": "wednesday", "quinta-feira": "thursday",
	"sexta-feira": "friday",
	// Catalan
	"gener": "january", "febrer": "february", "març": "march", "maig": "may", "juny": "june", "juliol": "july",
	"setembre": "september", "desembre": "december",
	"dilluns": "monday", "dimarts": "tuesday", "dimecres": "wednesday", "dijous": "thursday", "divendres": "friday",
	"dissabte": "saturday", "diumenge": "sunday",
	// French
	"janvier": "january", "février": "february", "avril": "april", "juin": "june", "juillet": "july",
	"août": "august", "septembre": "september", "octobre": "october", "décembre": "december",
	"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday",
	"samedi": "saturday", "dimanche": "sunday",
	// Italian
	"gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june",
	"luglio": "july", "settembre": "september", "ottobre": "october", "dicembre": "december",
	"lunedì": "monday", "martedì": "tuesday", "mercoledì": "wednesday", "giovedì": "thursday", "venerdì": "friday",
	"sabato": "saturday", "domenica": "sunday",
	// German
	"januar": "january", "februar": "february", "märz": "march", "juni": "june", "juli": "july",
	"oktober": "october", "dezember": "december",
	"montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday", "donnerstag": "thursday", "freitag": "friday",
	"samstag": "saturday", "sonnabend": "saturday", "sonntag": "sunday",
	// Dutch
	"januari": "january", "februari": "february", "maart": "march", "mei": "may", "augustus": "august",
	"maandag": "monday", "dinsdag": "tuesday", "woensdag": "wednesday", "donderdag": "thursday", "vrijdag": "friday",
	"zaterdag": "saturday", "zondag": "sunday",
	// Danish
	"marts": "march", "maj": "may", "mandag": "monday", "tirsdag": "tuesday", "onsdag": "wednesday",
	"torsdag": "thursday", "fredag": "friday", "lørdag": "saturday", "søndag": "sunday",
	// Russian months, in the genitive of a date
	"января": "january", "февраля": "february", "марта": "march", "апреля": "april", "мая": "may",
	"июня": "june", "июля": "july", "августа": "august", "сентября": "september", "октября": "october",
	"ноября": "november", "декабря": "december",
}

// calendarName returns the English name, lowercased, of the month or
// weekday word names in any language of foreignCalendar or in English
// (see retrieval.IsCalendarWord, abbreviations as written), and whether
// it names one.
func calendarName(word string) (string, bool) {
	low := strings.ToLower(strings.TrimSuffix(word, "."))
	if retrieval.IsCalendarWord(low) {
		return low, true
	}
	en, ok := foreignCalendar[low]
	return en, ok
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
