package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
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
