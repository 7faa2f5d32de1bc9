package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/text"
)

// A country is named in each language by its own name ("United States",
// "Estados Unidos", "États-Unis"); the gazetteer knows them (see
// gazetteer.Gazetteer.CountriesIn). An English question about the United
// States and a Spanish page about Estados Unidos tell of one country but
// share no word, so the page is neither retrieved for the question's
// versions nor seen to name what the question names without them.

// foldedWords returns the words of s folded and joined by one space (see
// gazetteer.FoldedName): "États-Unis" is "etats unis".
func foldedWords(s string) string { return gazetteer.FoldedName(s) }

// regionsOf is wordRegions(q), kept for the last question read: the
// question's terms are read several times for one answer.
func (e *Extractive) regionsOf(q string) map[string]string {
	if last := e.lastRegions.Load(); last != nil && last.q == q {
		return last.regions
	}
	r := e.wordRegions(q)
	e.lastRegions.Store(&questionRegions{q: q, regions: r})
	return r
}

// questionRegions is a question with its wordRegions.
type questionRegions struct {
	q       string
	regions map[string]string
}

// wordRegions returns, for each folded word of q that is a word of a
// country's name q writes (see gazetteer.Gazetteer.CountriesIn), the country's region code;
// nil when q names no country.
func (e *Extractive) wordRegions(q string) map[string]string {
	g := e.places()
	codes, words := g.CountriesIn(q)
	if len(codes) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, code := range codes {
		for _, n := range g.NamesOf(code) {
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
// gazetteer.NameLanguages, of the countries q names, without those q writes: what a
// page in another language calls them.
func (e *Extractive) namesAbroad(q string) []string {
	g := e.places()
	own := foldedWords(q)
	var out []string
	codes, _ := g.CountriesIn(q)
	for _, code := range codes {
		for _, n := range g.NamesOf(code) {
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
	shared = append(shared, e.namesAbroad(own)...)
	more, err := e.ix.Retrieve(ctx, strings.Join(shared, " "), e.TopK*versionDepth)
	if err != nil {
		return all
	}
	return e.withMore(all, more, func(p footnote.Passage) bool { return langOrEnglish(e.article(p.Doc).Language) != lang })
}

// withMore returns all followed by the passages of more that it lacks and
// keep accepts, copies collapsed (see collapseCopies); all itself when none
// is added.
func (e *Extractive) withMore(all, more []footnote.Passage, keep func(footnote.Passage) bool) []footnote.Passage {
	have := map[[2]any]bool{}
	for _, p := range all {
		have[[2]any{p.Doc, p.N}] = true
	}
	out := all
	for _, p := range more {
		k := [2]any{p.Doc, p.N}
		if have[k] || !keep(p) {
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

// withoutClassNoun returns all followed by the passages a retrieval of the
// question without its class noun of time brings ("day" of "On what day
// did the US tell the UN …", "date", "weekday"), for a question whose
// versions are sought (see withAbroad): the noun says what kind of answer
// is asked, which the outlets write as a weekday or a date, and as a word
// of the question it ranks "A day before a UN global conference …" and "a
// day dominated by Senate negotiations" above an outlet's "On 3 December
// 2017, President Donald Trump opted out …". all itself when none is
// added.
func (e *Extractive) withoutClassNoun(ctx context.Context, query, own string, all []footnote.Passage) []footnote.Passage {
	k, class := askedClass(own)
	if k != kindTime || class == "" || versionKind(own) != kindTime {
		return all
	}
	var kept []string
	for _, w := range text.Words(query) {
		if !strings.EqualFold(w.Text, class) {
			kept = append(kept, w.Text)
		}
	}
	more, err := e.ix.Retrieve(ctx, strings.Join(kept, " "), e.TopK*versionDepth)
	if err != nil {
		return all
	}
	return e.withMore(all, more, func(footnote.Passage) bool { return true })
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
