package timeline

import (
	"slices"
	"strconv"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// smallNumbers are the numbers two to ten written out, per language: the
// date parser reads "hace 2 días" but not "hace dos días". One is left
// out: "un", "one" and "ein" are articles as often as numbers.
var smallNumbers = map[text.Lang][]string{
	text.English:    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},
	text.Spanish:    {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"},
	text.Portuguese: {"dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"},
	text.French:     {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"},
	text.German:     {"zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn"},
	text.Italian:    {"due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"},
}

// WithDigits writes the small numbers of s in digits, in language lang;
// s is unchanged when it has none.
func WithDigits(s string, lang text.Lang) string {
	words := smallNumbers[lang]
	if len(words) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, w := range text.Words(s) {
		i := slices.Index(words, text.Fold(w.Text))
		if i < 0 {
			continue
		}
		b.WriteString(s[last:w.Start])
		b.WriteString(strconv.Itoa(i + 2))
		last = w.End
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
