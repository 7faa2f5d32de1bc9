package gazetteer

import (
	"strings"
	"sync"

	"github.com/footnote-bot/footnote/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A page names a country by its adjective as often as by its name, and in
// its own language: "El Govern italià" (Catalan), "ministre slovaque"
// (French), "die italienische Regierung" (German), "Slovak Foreign
// Minister" (English). Most such adjectives are the name of the country's
// language in that language, which CLDR has (golang.org/x/text): for each
// country and each of NameLanguages, the name of the country's most likely
// language, kept when it begins as the country's own name in that language
// does (adjectivePrefix letters: "italià" and "Itàlia", "polaco" and
// "Polonia", "Deutsch" and "Deutschland"; not "English" for the United
// States, "Spanish" for Mexico or "German" for Austria, whose people are
// named otherwise). The other adjectives write the country's whole name
// and more ("Austrian", "Australian", "chileno", "israelí",
// "österreichische"). An adjective two countries share names neither.

// adjectivePrefix is how many first letters, folded, a language's name
// must share with its country's name to stand for the country's people
// (as claimcheck's demonymPrefix, from which it was taken: "fr" of
// "French" and "France"): more loses "French", fewer pairs a country with
// another's language.
const adjectivePrefix = 2

// minAdjective is the shortest folded adjective whose inflected forms
// (see adjectiveInflection) are read: shorter ones ("thai") are matched
// only as written.
const minAdjective = 5

// adjectiveInflection is how many letters an inflected form may add to or
// change at the end of a language's name ("italiano" → "italiana",
// "italianos"; "Italienisch" → "italienischen"; "polonais" → "polonaise"):
// the endings of gender, number and case of the coverage's languages
// take up to three letters; more would take other words sharing a long
// beginning for adjectives.
const adjectiveInflection = 3

// adjectives maps a folded adjective, or an adjective without its last
// letter (its inflection's stem), to its country's region code.
var adjectives = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	shared := map[string]bool{}
	add := func(key, region string) {
		if prev, ok := out[key]; ok && prev != region {
			shared[key] = true
		}
		out[key] = region
	}
	type namers struct{ langs, regions display.Namer }
	var ns []namers
	for _, l := range NameLanguages {
		t := language.MustParse(l)
		ns = append(ns, namers{display.Languages(t), display.Regions(t)})
	}
	for _, c := range Countries() {
		if !c.IsCountry || c.Region == "" {
			continue
		}
		r, err := language.ParseRegion(c.Region)
		if err != nil {
			continue
		}
		b, ok := likelyBase(r)
		if !ok {
			continue
		}
		for _, n := range ns {
			adj, name := oneWord(n.langs.Name(b)), oneWord(n.regions.Name(r))
			if len([]rune(adj)) < adjectivePrefix || !strings.HasPrefix(name, string([]rune(adj)[:adjectivePrefix])) || adj == name {
				continue
			}
			add(adj, c.Region)
			if rs := []rune(adj); len(rs) >= minAdjective {
				add(string(rs[:len(rs)-1]), c.Region)
			}
		}
	}
	for key := range shared {
		delete(out, key)
	}
	return out
})

// oneWord folds name and returns its first word ("Norwegian Bokmål" →
// "norwegian"), "" for none.
func oneWord(name string) string {
	f := strings.Fields(FoldedName(name))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// CountryOfAdjective returns the region code of the country whose
// adjective word is, in any language of NameLanguages (see above): the
// name of its language there, as written or inflected ("italiana",
// "slovaque", "Italian", "italienischen"), or a word that writes one of
// its names of one word, five letters or more, and goes on
// ("Australian", "chileno"), or a word that is one of its names of one
// word, written in lowercase too ("italià" folds to "italia", Italy's
// Spanish and Italian name). False when word names none.
func (g *Gazetteer) CountryOfAdjective(word string) (string, bool) {
	w := text.Fold(word)
	rs := []rune(w)
	if len(rs) < adjectivePrefix {
		return "", false
	}
	if code, ok := g.region[w]; ok {
		return code, true
	}
	adj := adjectives()
	if code, ok := adj[w]; ok {
		return code, true
	}
	for cut := len(rs) - 1; cut >= max(minAdjective-1, len(rs)-adjectiveInflection); cut-- {
		if code, ok := adj[string(rs[:cut])]; ok {
			return code, true
		}
	}
	for cut := len(rs) - 1; cut >= minAdjective; cut-- {
		if code, ok := g.region[string(rs[:cut])]; ok && !strings.Contains(string(rs[:cut]), " ") {
			return code, true
		}
	}
	return "", false
}
