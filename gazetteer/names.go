package gazetteer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// A country is named in each language by its own name: "United States",
// "Estados Unidos", "États-Unis", "Vereinigte Staaten", "USA" (Danish).
// An English question about the United States and a Spanish page about
// Estados Unidos tell of one country but share no word. The gazetteer
// knows each country's names in NameLanguages (see Country.Names) and
// finds them in a text.

// maxNameWords is the longest country name, in words, looked for in a
// text ("Amerika Birleşik Devletleri"): longer names are not found, and
// each more word is one more look-up at every capitalised word.
const maxNameWords = 4

// FoldedName returns the words of a name folded (see text.Fold) and
// joined by one space: "États-Unis" is "etats unis", as a question
// writing it "Etats Unis" is. Names are compared in this form.
func FoldedName(s string) string { return strings.Join(text.FoldedTokens(s), " ") }

// indexNames fills g.region and g.names from Countries(). A name two
// countries share in some languages is left out: it names neither.
func (g *Gazetteer) indexNames() {
	shared := map[string]bool{}
	for _, c := range Countries() {
		if !c.IsCountry {
			continue
		}
		for _, name := range c.Names {
			key := FoldedName(name)
			if key == "" {
				continue
			}
			if prev, ok := g.region[key]; ok && prev != c.Region {
				shared[key] = true
			}
			g.region[key] = c.Region
		}
		g.names[c.Region] = c.Names
	}
	for key := range shared {
		delete(g.region, key)
	}
}

// NamesOf returns the names of the country whose region code is region
// ("US": "United States", "Estados Unidos", …), nil for another code. The
// slice is shared: do not change it.
func (g *Gazetteer) NamesOf(region string) []string { return g.names[region] }

// CountriesIn returns the region codes of the countries s names, in any
// language of NameLanguages, each once, and the folded words of s that
// name them (nil when none): a run of up to maxNameWords words, the first
// written with a capital, that is a country's name.
func (g *Gazetteer) CountriesIn(s string) ([]string, map[string]bool) {
	toks := text.Tokens(s)
	var out []string
	var words map[string]bool
	var ws []string
	for i := 0; i < len(toks); i++ {
		if !startsUpper(toks[i].Text) {
			continue
		}
		ws = ws[:0]
		for _, tk := range toks[i:min(i+maxNameWords, len(toks))] {
			ws = append(ws, text.Fold(tk.Text))
		}
		for n := len(ws); n >= 1; n-- {
			code, ok := g.region[strings.Join(ws[:n], " ")]
			if !ok {
				continue
			}
			if !slices.Contains(out, code) {
				out = append(out, code)
			}
			if words == nil {
				words = map[string]bool{}
			}
			for _, w := range ws[:n] {
				words[w] = true
			}
			i += n - 1
			break
		}
	}
	return out, words
}

// startsUpper reports whether w begins with a capital letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
