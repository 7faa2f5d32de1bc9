// Package gazetteer tells which country a word of news writing names: a
// capital standing for its country ("Washington" for the United States,
// "Budapest" for Hungary) and the other way round, a country's names in
// the coverage's languages ("Estados Unidos", "États-Unis"), and the
// country a language's name stands for ("Polish" for Poland). Its data are
// the countries and territories of ISO 3166-1 as
// github.com/biter777/countries lists them (BSD-2-Clause licence) and
// CLDR's names of them (golang.org/x/text), read once (see Countries).
package gazetteer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// Gazetteer maps capitals to their countries and countries (by name or
// initials) to their capitals, and countries' names in NameLanguages to
// their region codes, folded (see text.Fold and FoldedName). It is
// read-only once made and safe for concurrent use.
type Gazetteer struct {
	region  map[string]string   // folded name in any of NameLanguages → region code
	names   map[string][]string // region code → its names (Country.Names)
	country map[string]string   // folded capital → country name
	capital map[string]string   // folded country name or initials → capital
	places  map[string]bool     // folded country names and capitals, written out
}

// New reads the gazetteer. A capital that is also its country's name
// ("Luxembourg", "Singapore") or that two countries share is left out: it
// stands for no other name; so are initials two countries share.
func New() *Gazetteer {
	g := &Gazetteer{country: map[string]string{}, capital: map[string]string{}, places: map[string]bool{},
		region: map[string]string{}, names: map[string][]string{}}
	g.indexNames()
	shared, sharedInitials := map[string]bool{}, map[string]bool{}
	for _, c := range Countries() {
		if c.Capital == "" {
			continue
		}
		name := c.Name
		city := text.Fold(c.Capital)
		if city == "" || city == text.Fold(name) {
			continue
		}
		if _, dup := g.country[city]; dup {
			shared[city] = true
		}
		g.country[city] = name
		g.capital[text.Fold(name)] = c.Capital
		g.places[city], g.places[text.Fold(name)] = true, true
		if in := initials(name); in != "" {
			if _, dup := g.capital[in]; dup {
				sharedInitials[in] = true
			}
			g.capital[in] = c.Capital
		}
	}
	for city := range shared {
		delete(g.country, city)
	}
	for in := range sharedInitials {
		delete(g.capital, in)
	}
	return g
}

// minInitials is the fewest words a country's name needs to be written by
// its initials ("United States" → "US"): a one-word name has none.
const minInitials = 2

// initials returns the folded initials of the capitalised words of name
// ("United States" → "us"), "" for fewer than two.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if len([]rune(b.String())) < minInitials {
		return ""
	}
	return b.String()
}

// CountryOf returns the country whose capital is city ("Budapest" →
// "Hungary"), compared folded; false for another word.
func (g *Gazetteer) CountryOf(city string) (string, bool) {
	c, ok := g.country[text.Fold(city)]
	return c, ok
}

// CapitalOf returns the capital of the country named by name, its short
// English name or, for a name of two or more words, its initials with or
// without dots ("United States", "US", "U.S." → "Washington"); false for
// another name.
func (g *Gazetteer) CapitalOf(name string) (string, bool) {
	key := text.Fold(strings.ReplaceAll(name, ".", ""))
	c, ok := g.capital[key]
	return c, ok
}

// IsPlace reports whether name, compared folded, is the short English name
// of a country or territory or its capital, written out ("china",
// "Beijing", "United States"): never initials, which in lowercase are
// other words ("us").
func (g *Gazetteer) IsPlace(name string) bool {
	return g.places[text.Fold(name)]
}
