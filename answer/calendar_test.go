package answer

import "testing"

// TestTimeValueAcrossLanguages: a time written in another language gives
// the same value as in English, so outlets agree or differ by what they
// say; words that only look like a month give none.
func TestTimeValueAcrossLanguages(t *testing.T) {
	for s, want := range map[string]string{
		"The US mission announced it on Saturday.":                             "saturday",
		"C'est la mission américaine qui en a fait l'annonce samedi.":          "saturday",
		"Die US-Vertretung hat es am Samstag bekanntgegeben.":                  "saturday",
		"La conferencia se celebrará el 10 y 11 de diciembre en Marrakech.":    "10 11 dec",
		"The conference is to be held on December 10 and 11 in Marrakech.":     "10 11 dec",
		"La conferenza si terrà il 10 e 11 dicembre a Marrakech.":              "10 11 dec",
		"Конференция пройдет 10 и 11 декабря в Марракеше.":                     "10 11 dec",
		"The mission to Mars was announced with 23 objectives.":                "",
		"El pacto tiene 23 objetivos y fue aprobado por 152 países en la ONU.": "",
	} {
		if got := valueOf(kindTime, s, nil); got != want {
			t.Errorf("time of %q = %q, want %q", s, got, want)
		}
	}
}

// TestForeignTimeNearName: a time in an article of another language than
// the question's is a version only near a name of the question, the one
// thing of it that can be read across languages.
func TestForeignTimeNearName(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const q = "On what day did the US tell the UN it was leaving the talks?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	for s, want := range map[string]string{
		"Die US-Vertretung hat die UN am Samstag informiert.": "saturday",
		"Am Samstag regnete es in Berlin.":                    "",
	} {
		if got := e.timeValue(ta, sentence{doc: "100-jungefreiheit-israel", text: s}, true); got != want {
			t.Errorf("timeValue(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPreciserTime: a day of a month says more than the month alone, and
// does not disagree with it; another month, a weekday or another day
// does.
func TestPreciserTime(t *testing.T) {
	for _, tc := range []struct {
		day, month string
		want       bool
	}{
		{"3 dec", "december", true},
		{"10 11 dec", "dec", true},
		{"3 dec", "décembre", true},
		{"3 dec", "november", false},
		{"3 dec", "friday december", false},
		{"december", "december", false},
		{"3 dec", "4 dec", false},
		{"saturday", "december", false},
	} {
		if got := preciserTime(tc.day, tc.month); got != tc.want {
			t.Errorf("preciserTime(%q, %q) = %v, want %v", tc.day, tc.month, got, tc.want)
		}
	}
}
