package llm

import (
	"github.com/footnote-bot/footnote/text"
)

// A politician speaks for the country the article is about: "where we
// fear a danger to our national sovereignty," Kurz said; "I would never
// allow something to compromise our borders," Morrison said. A model
// names the country for the "our" ("Kurz said some points pose a danger to
// Austria's national sovereignty"), and the check, finding no "Austria" in
// the quote or its paragraph, removed the claim. A name of a country in a
// claim is taken as found in quoted sentences that speak in the first
// person plural when it is the country the article names most (by its
// names in any language and its adjectives, "Austrian"; see
// gazetteer.Gazetteer). Another country still fails: a model that writes
// "Germany's sovereignty" for an Austrian's "our sovereignty" is removed,
// and so is the article's country where the quote has no "we".

// firstPlural are the English words of the first person plural a quote
// speaks for its country in. Not "us", which is also the folded "U.S.".
var firstPlural = [...]string{"we", "our", "ours", "ourselves"}

// ownCountry reports whether the name fact f is the country the article of
// src names most and the quoted sentences, whose folded words are words,
// speak in the first person plural.
func (e *evidence) ownCountry(f fact, src *source, words map[string]struct{}) bool {
	if e.places == nil || !f.isName() {
		return false
	}
	plural := false
	for _, w := range firstPlural {
		if _, ok := words[w]; ok {
			plural = true
			break
		}
	}
	if !plural {
		return false
	}
	code, ok := e.places.CountryOfAdjective(f.folded)
	return ok && code == e.countryOf(src.p.Doc)
}

// countryOf returns the region code of the country article doc names in
// most of its paragraphs (its headline among them), by a name or an
// adjective; "" when two tie, none is named, or the articles are unknown.
func (e *evidence) countryOf(doc string) string {
	if c, ok := e.owned[doc]; ok {
		return c
	}
	if e.owned == nil {
		e.owned = map[string]string{}
	}
	counts := map[string]int{}
	if e.lib != nil {
		for _, a := range e.lib.Articles() {
			if a.ID != doc {
				continue
			}
			for _, p := range a.Paragraphs {
				seen := map[string]bool{}
				codes, _ := e.places.CountriesIn(p.Text)
				for _, c := range codes {
					seen[c] = true
				}
				for w := range text.AllWords(p.Text) {
					if !capitalised(w.Text) {
						continue
					}
					if c, ok := e.places.CountryOfAdjective(w.Text); ok {
						seen[c] = true
					}
				}
				for c := range seen {
					counts[c]++
				}
			}
		}
	}
	best := mostOf(counts)
	e.owned[doc] = best
	return best
}
