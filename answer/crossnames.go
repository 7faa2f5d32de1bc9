package answer

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/biter777/countries"
	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A country is named in each language by its own name: "United States",
// "Estados Unidos", "États-Unis", "Vereinigte Staaten", "USA" (Danish).
// An English question about the United States and a Spanish page about
// Estados Unidos tell of one country, but share no word, so the page is
// neither retrieved for the question's versions nor seen to name what the
// question names. The names are CLDR's (the Unicode Common Locale Data
// Repository, shipped in golang.org/x/text/language/display): each
// country of ISO 3166-1 in each language of nameLanguages.

// nameLanguages are the languages whose names of the countries are read:
// those of the coverage pages (the importer's languages and the others
// its pages are written in).
var nameLanguages = []string{"en", "es", "de", "fr", "pt", "it", "nl", "da", "ca", "ru", "ja", "zh", "ko", "tr", "ar", "bg"}

// maxNameWords is the longest country name, in words, looked for in a
// question ("Amerika Birleşik Devletleri"); longer names are not read.
const maxNameWords = 4

// countryNames is CLDR's table of the countries' names in nameLanguages.
type countryNames struct {
	region map[string]string   // folded name (words joined by a space) → region code
	names  map[string][]string // region code → its names as written, one per language, distinct
}

// theCountryNames reads the table once. A name two countries share in
// some languages is left out: it names neither.
var theCountryNames = sync.OnceValue(func() *countryNames {
	t := &countryNames{region: map[string]string{}, names: map[string][]string{}}
	shared := map[string]bool{}
	namers := make([]display.Namer, 0, len(nameLanguages))
	for _, l := range nameLanguages {
		namers = append(namers, display.Regions(language.MustParse(l)))
	}
	for _, c := range countries.All() {
		r, err := language.ParseRegion(c.Alpha2())
		if err != nil || !r.IsCountry() {
			continue
		}
		code := r.String()
		for _, n := range namers {
			name := n.Name(r)
			key := foldedWords(name)
			if name == "" || key == "" {
				continue
			}
			if prev, ok := t.region[key]; ok && prev != code {
				shared[key] = true
			}
			t.region[key] = code
			if !slices.Contains(t.names[code], name) {
				t.names[code] = append(t.names[code], name)
			}
		}
	}
	for key := range shared {
		delete(t.region, key)
	}
	return t
})

// foldedWords returns the words of s folded (see text.Fold) and joined by
// one space: "États-Unis" is "etats unis", as a question writing it
// "Etats Unis" is.
func foldedWords(s string) string {
	var ws []string
	for _, t := range text.Tokens(s) {
		ws = append(ws, text.Fold(t.Text))
	}
	return strings.Join(ws, " ")
}

// countriesNamed returns the region codes of the countries q names, in
// any of nameLanguages, each once: a run of up to maxNameWords words, the
// first written with a capital, that is a country's name.
func countriesNamed(q string) []string {
	codes, _ := countryRuns(q)
	return codes
}

// countryRuns returns countriesNamed(q) and the folded words of q that
// name them (nil when none).
func countryRuns(q string) ([]string, map[string]bool) {
	t := theCountryNames()
	toks := text.Tokens(q)
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
			code, ok := t.region[strings.Join(ws[:n], " ")]
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

// regionsOf is wordRegions(q), kept for the last question read: the
// question's terms are read several times for one answer.
func (e *Extractive) regionsOf(q string) map[string]string {
	if last := e.lastRegions.Load(); last != nil && last.q == q {
		return last.regions
	}
	r := wordRegions(q)
	e.lastRegions.Store(&questionRegions{q: q, regions: r})
	return r
}

// questionRegions is a question with its wordRegions.
type questionRegions struct {
	q       string
	regions map[string]string
}

// wordRegions returns, for each folded word of q that is a word of a
// country's name q writes (see countryRuns), the country's region code;
// nil when q names no country.
func wordRegions(q string) map[string]string {
	codes, words := countryRuns(q)
	if len(codes) == 0 {
		return nil
	}
	t := theCountryNames()
	out := map[string]string{}
	for _, code := range codes {
		for _, n := range t.names[code] {
			for _, w := range strings.Fields(foldedWords(n)) {
				if words[w] {
					out[w] = code
				}
			}
		}
	}
	return out
}

// namesAbroad returns the names, in the other languages of
// nameLanguages, of the countries q names, without those q writes: what a
// page in another language calls them.
func namesAbroad(q string) []string {
	t := theCountryNames()
	own := foldedWords(q)
	var out []string
	for _, code := range countriesNamed(q) {
		for _, n := range t.names[code] {
			if f := foldedWords(n); !strings.Contains(" "+own+" ", " "+f+" ") {
				out = append(out, n)
			}
		}
	}
	return out
}

// withAbroad returns all followed by the passages of articles in another
// language than the question's that a retrieval of the question's names
// and numbers, with its countries' names in the other languages (see
// namesAbroad), brings, for
// a question whose versions are sought (see versionKind): an outlet in
// another language may give another version of what was asked, and the
// question's words rank its paragraphs below those of the outlets
// writing in the question's language. all itself when none is added.
func (e *Extractive) withAbroad(ctx context.Context, query, own string, all []footnote.Passage) []footnote.Passage {
	switch versionKind(own) {
	case kindTime, kindNumber, kindPerson, kindPlace:
	default:
		return all
	}
	lang := langOrEnglish(e.ix.QuestionLanguage(own))
	if !slices.ContainsFunc(e.ix.Articles(), func(a footnote.Article) bool { return langOrEnglish(a.Language) != lang }) {
		return all // no article is in another language
	}
	// Names and numbers are what the languages share: the question's
	// other words would rank the pages of its own language first.
	var shared []string
	for _, t := range e.ix.Terms(own) {
		if t.Name || t.Number {
			shared = append(shared, t.Word)
		}
	}
	if len(shared) == 0 {
		return all
	}
	shared = append(shared, namesAbroad(own)...)
	more, err := e.ix.Retrieve(ctx, strings.Join(shared, " "), e.TopK*versionDepth)
	if err != nil {
		return all
	}
	have := map[[2]any]bool{}
	for _, p := range all {
		have[[2]any{p.Doc, p.N}] = true
	}
	out := all
	for _, p := range more {
		k := [2]any{p.Doc, p.N}
		if have[k] || langOrEnglish(e.article(p.Doc).Language) == lang {
			continue
		}
		if len(out) == len(all) {
			out = slices.Clone(all)
		}
		have[k] = true
		out = append(out, p)
	}
	if len(out) == len(all) {
		return all
	}
	kept, _ := e.collapseCopies(out)
	return kept
}

// langOrEnglish returns the language code l, English when unknown (an
// article without a language in its front matter is analysed as
// English).
func langOrEnglish(l string) string {
	if l == "" {
		return "en"
	}
	return l
}
