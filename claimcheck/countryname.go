package claimcheck

import (
	"strings"
	"sync"

	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/text"
)

// A country named in several words is no person named by the last of
// them: "State" (of "Secretary of State", "the State Department") does not
// hold the "United" of "United States", as "Sessions" holds the "Jeff" of
// "Jeff Sessions" (surnameHeld). The names are ISO 3166-1's, in English,
// as the gazetteer reads them from CLDR.

// countryRuns holds the stems of the words of each country's English
// name of two words or more, joined by a space ("unit state").
var countryRuns = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, c := range gazetteer.Countries() {
		ws := strings.Fields(text.Fold(c.EnglishName))
		if len(ws) < 2 {
			continue
		}
		for i, w := range ws {
			ws[i] = stem(w)
		}
		out[strings.Join(ws, " ")] = true
	}
	return out
})

// isCountryRun reports whether the stems of a run of names make a
// country's name.
func isCountryRun(stems []string) bool {
	return len(stems) > 1 && countryRuns()[strings.Join(stems, " ")]
}
