package text

import "testing"

// A number written out reads the same whatever its case and accents, in
// each language of the coverage; words that are no number are refused.
func TestNumberWord(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		word string
		want int
		ok   bool
	}{
		{English, "Seven", 7, true},
		{English, "eighteen", 18, true},
		{English, "forty", 40, true},
		{English, "seventh", 0, false},
		{Spanish, "dos", 2, true},
		{Portuguese, "três", 3, true},
		{German, "Fünf", 5, true},
		{French, "dix", 10, true},
		{Italian, "sette", 7, true},
		{German, "seven", 0, false}, // an English word in a German text
		{Russian, "два", 0, false},  // no table for Russian
	} {
		n, ok := NumberWord(c.lang, c.word)
		if n != c.want || ok != c.ok {
			t.Errorf("NumberWord(%s, %q) = %d, %v; want %d, %v", c.lang, c.word, n, ok, c.want, c.ok)
		}
	}
}
