package text

import "testing"

// TestEnglishDateName: a month or weekday in another language of the
// coverage gives its English name, written with or without its accents; an
// English name, an everyday word and a name that folds like a date are
// none.
func TestEnglishDateName(t *testing.T) {
	for word, want := range map[string]string{
		"samedi": "saturday", "Sábado": "saturday", "sabado": "saturday", "Samstag": "saturday",
		"diciembre": "december", "décembre": "december", "decembre": "december", "Dezember": "december",
		"novembre": "november", "zaterdag": "saturday", "декабря": "december", "dissabte": "saturday",
		"December": "", "Saturday": "", "mars": "", "mai": "", "Marco": "", "sexta": "", "talks": "",
	} {
		got, ok := EnglishDateName(word)
		if got != want || ok != (want != "") {
			t.Errorf("EnglishDateName(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}
