package answer

import (
	"slices"
	"strings"
)

// A country named by its adjective is a name the answer must hold, in every
// language. In English the adjective is capitalised ("Which Slovak minister
// resigned?"), so the question's word is a name, and the answer must hold
// it where it answers (see pickPartWith); French, Spanish, Italian,
// Portuguese, Catalan and German write it in lowercase ("Quel ministre
// slovaque a démissionné …?", "el gobierno chileno"), the word was an
// everyday one, and a sentence about another country's minister that
// shared the everyday words answered ("Poland's interior minister is
// recommending that Warsaw quits …" for the Slovak minister). Such a word
// (qterm.adjective, see countryword.go) now asks for its country as the
// capitalised adjective does: the sentences quoted must name the country,
// by its stem, in their paragraph or the one before (as holds reads
// names), or by any of its names or adjectives in any language of the
// gazetteer in their paragraph.

// lacksAskedCountry reports whether no sentence of picked holds the
// country of a lowercase country's adjective of the question's own words
// (see holdsCountry).
func (e *Extractive) lacksAskedCountry(terms []qterm, ownStems map[string]bool, picked []sentence) bool {
	for _, t := range terms {
		if t.Name || !t.adjective || t.region == "" || !ownStems[t.Stem] {
			continue
		}
		if !slices.ContainsFunc(picked, func(s sentence) bool { return e.holdsCountry(t, s) }) {
			return true
		}
	}
	return false
}

// holdsCountry reports whether sentence s names the country of t, a
// country's adjective of the question: by t's stem in s or its context,
// or by a name or adjective of the country in any language in its
// paragraph or its article's headline ("Statement by the Italian Prime
// Minister" holds Italy for its sentences, as holds reads a name).
func (e *Extractive) holdsCountry(t qterm, s sentence) bool {
	if matchIn(t, s.stems) > 0 || matchIn(t, s.ctx) > 0 {
		return true
	}
	for _, text := range []string{strings.Join(s.all, " "), e.article(s.doc).Title} {
		if e.countriesIn(text)[t.region] != 0 || e.sentenceNamesCountry(text, t.region) || e.namesCountryLowercase(text, t.region) {
			return true
		}
	}
	return false
}

// adjectiveCountryNames returns the names, in the languages of the
// gazetteer, of the countries own names only by an adjective ("slovaque":
// Slovakia, Slowakei, Eslovaquia, …): what a page in another language
// calls them, for the retrieval of pages abroad (see abroadPick). A
// country own names by a name is left to namesAbroad.
func (e *Extractive) adjectiveCountryNames(own string) []string {
	g := e.places()
	named, _ := g.CountriesIn(own)
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(own) {
		code := e.adjectiveRegion(strings.Trim(w, ".,;:!?¿¡«»\"'()“”‘’"))
		if code == "" || seen[code] || slices.Contains(named, code) {
			continue
		}
		seen[code] = true
		out = append(out, g.NamesOf(code)...)
	}
	return out
}
