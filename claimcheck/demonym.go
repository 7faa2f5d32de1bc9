package claimcheck

import (
	"slices"
	"strings"
	"sync"

	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/text"
)

// A claim names a country by its adjective as often as by its name ("the
// polish government", "italian pm conte"), and an article the other way
// round ("Prime Minister Mateusz Morawiecki said … Poland"). Compared by
// their first stemRunes letters most pairs are one word already ("Austrian"
// and "Austria", "Belgian" and "Belgium", "Mexican" and "Mexico"); the others
// are the pairs where the adjective is the name of the country's language
// ("Polish" and "Poland", "Italian" and "Italy", "French" and "France",
// "Spanish" and "Spain", "Turkish" and "Turkey"). demonyms pairs those, from
// data, not a list typed here: for each country of ISO 3166-1 the English
// name of its most likely language (gazetteer.Country.Language, from
// CLDR), kept when it begins as the country's name does
// (demonymPrefix letters): Portuguese for Portugal, not for Brazil; German
// for Germany, not for Austria or Switzerland; Arabic for no country.

// demonymPrefix is how many first letters a language's name must share
// with its country's name to stand for the country's people ("Fr" of
// "French" and "France"): more loses French, fewer pairs a country with
// another's language.
const demonymPrefix = 2

// demonymPairs maps the stem of each word of a pair (see above) to the
// stems of the other's words: "polis" (Polish) to ["polan"], "polan" to
// ["polis"]; a country of several words ("Bosnian" and "Bosnia and
// Herzegovina") is held by all its content words.
var demonymPairs = sync.OnceValue(func() map[string][][]string {
	pairs := map[string][][]string{}
	for _, c := range gazetteer.Countries() {
		name, adj := c.EnglishName, c.Language
		if name == "" || adj == "" {
			continue
		}
		adj, _, _ = strings.Cut(adj, " ") // "Norwegian Bokmål"
		fa, fn := text.Fold(adj), text.Fold(name)
		if len(fa) < demonymPrefix || !strings.HasPrefix(fn, fa[:demonymPrefix]) {
			continue
		}
		as := stem(fa)
		var ns []string
		for _, w := range strings.Fields(fn) {
			if isContent(w) {
				ns = append(ns, stem(w))
			}
		}
		// "French Guiana" is named by its own word "French".
		if len(ns) == 0 || slices.Contains(ns, as) {
			continue
		}
		pairs[as] = append(pairs[as], ns)
		if len(ns) == 1 {
			pairs[ns[0]] = append(pairs[ns[0]], []string{as})
		}
	}
	return pairs
})

// demonymHeld reports whether content (stems) holds the other word of a
// pair whose one word has the stem n: "Poland" for a claim's "Polish".
func demonymHeld(n string, content map[string]struct{}) bool {
	for _, other := range demonymPairs()[n] {
		held := true
		for _, s := range other {
			if _, ok := content[s]; !ok {
				held = false
				break
			}
		}
		if held {
			return true
		}
	}
	return false
}

// sameNation reports whether stem st of a sentence's word is the claim's
// name n or the other word of its pair (a one-word country): "Poland" in
// the sentence stands where the claim's "Polish" does.
func sameNation(n, st string) bool {
	if n == st {
		return true
	}
	for _, other := range demonymPairs()[n] {
		if len(other) == 1 && other[0] == st {
			return true
		}
	}
	return false
}
