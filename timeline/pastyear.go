package timeline

import "github.com/footnote-bot/footnote/text"

// yearUnits are the words of unitWords that name a year, folded, in the
// languages of the coverage (a closed class).
var yearUnits = map[string]bool{"year": true, "ano": true, "an": true, "annee": true, "jahr": true, "anno": true}

// LastYear reports whether words a and b, adjacent in a sentence in either
// order, say "the year before the report" in one of the coverage's
// languages: "last year", "l'année dernière", "el año pasado", "im
// vergangenen Jahr", "l'anno scorso", "o ano passado" (a year of unitWords
// with a word of lastWords, the words the date finder reads as "a week or
// more back"). What a sentence dates so is of an earlier time than its
// report, whatever the report's date.
func LastYear(a, b string) bool {
	fa, fb := text.Fold(a), text.Fold(b)
	return (yearUnits[fa] && lastWords[fb] && !unitWords[fb]) || (yearUnits[fb] && lastWords[fa] && !unitWords[fa])
}
