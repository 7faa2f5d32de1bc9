package text

// Month and weekday names in the languages of the coverage, for comparing
// a date written in one language with the same date in another: "samedi",
// "sábado" and "Samstag" give the same day as "Saturday". The one table
// the answerer (versions across outlets) and the model-answer check (a
// date a claim gives in its own language) read.

// foreignDateNames maps the names of months and weekdays in the Latin-script
// languages of the coverage (es, pt, ca, fr, it, de, nl, da) and Russian
// months (in the genitive a date takes) to their English names. Words that
// are also common words or names of English or of the language itself are
// left out ("mars", "mai", "may", the Portuguese "segunda"…"sexta" without
// "-feira", and "março", which folds to the name "Marco"): a name missed
// costs a comparison, a word misread makes a fact of it. Keys are folded
// (see Fold) when the table is made.
var foreignDateNames = func() map[string]string {
	m := map[string]string{
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
		// French and Italian months the lists above leave to this line
		"novembre": "november",
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[Fold(k)] = v
	}
	for _, w := range ambiguousDateNames {
		delete(out, w)
	}
	return out
}()

// ambiguousDateNames are date names, folded, that are also everyday words
// or names elsewhere: they are never read as dates.
var ambiguousDateNames = []string{"marco", "mars", "mai", "segunda", "terca", "quarta", "quinta", "sexta"}

// EnglishDateName returns the English name, lowercase, of the month or
// weekday that word names in one of the languages of foreignDateNames,
// compared folded, and whether it names one; English names themselves are
// not in the table.
func EnglishDateName(word string) (string, bool) { return EnglishDateNameOf(Fold(word)) }

// EnglishDateNameOf is EnglishDateName of a word already folded with Fold,
// for a caller that has folded it.
func EnglishDateNameOf(f string) (string, bool) {
	en, ok := foreignDateNames[f]
	return en, ok
}
