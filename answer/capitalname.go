package answer

import (
	"slices"
	"strings"
)

// A capital stands for its country in news writing ("Washington ended its
// participation", "Budapest will not sign"), and a question may name
// either. A name of the question that is a capital is held by a sentence
// naming its country (every word of the country's name, or its initials:
// "United States", "US"); a country the question names (a word, a run of
// names or its initials) is held by its capital. See package gazetteer.

// capitalAlias is the other name a question's name may be written by: the
// stems of its country's name and its initials, for a capital; the stem
// of its capital, for a country.
type capitalAlias struct {
	country  []string // stems of the country's name, for a capital
	initials string   // the country's initials, folded, for a capital
	capital  string   // the capital's stem, for a country
}

// in reports whether stems hold the name written as its alias.
func (a capitalAlias) in(stems map[string]bool) bool {
	if a.capital != "" && stems[a.capital] || a.initials != "" && stems[a.initials] {
		return true
	}
	switch len(a.country) {
	case 0:
		return false
	case 1:
		// A one-word country is held by its demonym in -an too
		// ("Australian" for "Australia"), as a demonym by its country.
		for st := range stems {
			if strings.HasPrefix(st, a.country[0]) {
				return true
			}
		}
		return false
	}
	for _, st := range a.country {
		if !stems[st] {
			return false
		}
	}
	return true
}

// capitalAliasOf returns the alias of the name word (lowercased) of
// question q: its country's when it is a capital, its capital's when it,
// or the run of names of q it is a word of, or the run its initials stand
// for, is a country; the zero alias otherwise.
func (e *Extractive) capitalAliasOf(q, word string) capitalAlias {
	g := e.places()
	if country, ok := g.CountryOf(word); ok {
		a := capitalAlias{country: e.ix.Stems(country)}
		for in, words := range nameRuns(country) {
			if len(words) == len(strings.Fields(country)) {
				a.initials = in
			}
		}
		return a
	}
	names := []string{word}
	for in, words := range nameRuns(q) {
		if in == word || slices.Contains(words, word) {
			names = append(names, strings.Join(words, " "))
		}
	}
	for _, n := range names {
		if city, ok := g.CapitalOf(n); ok {
			if st := e.ix.Stems(city); len(st) == 1 {
				return capitalAlias{capital: st[0]}
			}
		}
	}
	return capitalAlias{}
}

// withCountries returns query with the name of the country of each
// capital it names ("Washington" → "… United States"), so that the
// passages naming the country are retrieved too; query itself when it
// names none.
func (e *Extractive) withCountries(query string) string {
	g := e.places()
	var b strings.Builder
	b.WriteString(query)
	for _, t := range e.ix.Terms(query) {
		if !t.Name {
			continue
		}
		if country, ok := g.CountryOf(t.Word); ok {
			b.WriteString(" ")
			b.WriteString(country)
		}
	}
	return b.String()
}

// knownAlias reports whether the articles hold the name an alias stands
// for: every stem of a capital's country, or a country's capital.
func (e *Extractive) knownAlias(a capitalAlias) bool {
	if a.capital != "" {
		return e.ix.Known(a.capital)
	}
	if len(a.country) == 0 {
		return false
	}
	for _, st := range a.country {
		if !e.ix.Known(st) {
			return false
		}
	}
	return true
}

// placeName reports whether w, a word of a question, is the name of a
// country or capital (see gazetteer.Gazetteer.IsPlace) that no article
// writes in lowercase: a place the articles name, though perhaps only in
// capitals ("BUDAPEST (Reuters) -", a dateline) or in an article the
// passages do not come from, which nameWords does not see. A question
// about it is about that place, and its answer must name it.
func (e *Extractive) placeName(w string) bool {
	if !e.places().IsPlace(w) {
		return false
	}
	low := strings.ToLower(w)
	for _, a := range e.ix.Articles() {
		if _, lower := e.articleAnalysis(a.ID).nameWords(); lower[low] {
			return false
		}
	}
	return true
}
