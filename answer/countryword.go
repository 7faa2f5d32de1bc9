package answer

import (
	"github.com/footnote-bot/footnote/text"
)

// Countries named across languages by their adjectives. A question names a
// country by its name or its adjective ("the Italian government", "Quel
// ministre slovaque …"), and a page in another language writes it its own
// way ("El Govern italià", "Slovak Foreign Minister"): no stem is shared,
// so the page's sentence that answers held neither the country nor its
// weight, and the question was refused ("Who must decide on the pact
// before Italy signs it, according to the Italian government?", told only
// by a Catalan and an Italian page) or answered by a sentence of another
// country that shared the everyday words ("Poland's interior minister" for
// the Slovak minister). A question's word that is a country's adjective
// now carries its region (as a country's name does, see wordRegions), and
// a sentence in another language than the question's holds it, or the
// country's name, when it names the country by any of its names or
// adjectives (gazetteer.Gazetteer.CountryOfAdjective). A sentence in the
// question's language is matched as before.

// adjectiveRegion returns the region code of the country word is an
// adjective of, "" for none or for a country's name (see
// gazetteer.Gazetteer.CountryOfAdjective).
func (e *Extractive) adjectiveRegion(word string) string {
	g := e.places()
	if codes, _ := g.CountriesIn(capitalise(word)); len(codes) > 0 {
		return ""
	}
	code, _ := g.CountryOfAdjective(word)
	return code
}

// markCountries sets, for each foreign candidate (see markForeign), the
// countries it names (see countriesIn), when a term of the question is of
// a country (see qterm.region).
func (e *Extractive) markCountries(cands []sentence, terms []qterm) {
	asked := false
	for _, t := range terms {
		asked = asked || t.region != ""
	}
	if !asked {
		return
	}
	for i := range cands {
		if cands[i].foreign {
			cands[i].countries = e.countriesIn(cands[i].text)
		}
	}
}

// countryHeld says how a sentence names a country: byName, by one of its
// names in any language of the gazetteer, in capitals or not ("italià"
// folds to "italia"); else by an adjective only ("German-backed").
type countryHeld int

const (
	byAdjective countryHeld = iota + 1
	byName
)

// countriesIn returns how s names each country it names, by its region
// code (nil when none).
func (e *Extractive) countriesIn(s string) map[string]countryHeld {
	g := e.places()
	var out map[string]countryHeld
	add := func(code string, how countryHeld) {
		if out == nil {
			out = map[string]countryHeld{}
		}
		out[code] = max(out[code], how)
	}
	codes, _ := g.CountriesIn(s)
	for _, c := range codes {
		add(c, byName)
	}
	for _, tok := range text.Tokens(s) {
		if code, ok := g.CountryOfAdjective(tok.Text); ok {
			how := byAdjective
			if c, _ := g.CountriesIn(capitalise(tok.Text)); len(c) > 0 {
				how = byName
			}
			add(code, how)
		}
	}
	return out
}

// heldAsCountry reports whether s, a sentence in another language than
// the question's, names the country of t, an adjective of the question
// ("Italian": "italiano", "Itàlia"), by a name or an adjective. A
// country's name of the question is held as before (see heldAbroad) and
// adds no weight this way: crediting it too let a page abroad that names
// the country answer an out-of-scope question about it (seen in the
// aggregate of a held-out set, see notes/answering.md).
func heldAsCountry(t qterm, s sentence) bool {
	if !s.foreign || !t.adjective {
		return false
	}
	return s.countries[t.region] != 0
}

// namesCountryLowercase reports whether s names the country whose region
// code is code by one of its names written in lowercase, as the
// adjectives of some languages are ("El Govern italià": Italy's Spanish
// and Italian name once folded), which CountriesIn, reading capitalised
// runs, leaves.
func (e *Extractive) namesCountryLowercase(s, code string) bool {
	g := e.places()
	for _, tok := range text.Tokens(s) {
		if startsUpper(tok.Text) {
			continue
		}
		if c, _ := g.CountriesIn(capitalise(tok.Text)); len(c) == 1 && c[0] == code {
			return true
		}
	}
	return false
}
