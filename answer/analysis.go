package answer

import (
	"slices"
	"strings"
	"sync"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// paragraphAnalysis is a paragraph cut into the sentences an answer
// quotes, with each sentence's stems and words (its pronouns and titles
// credited with the names they stand for, see resolveRefs) and the
// paragraph's stems. It is shared between questions and never changed.
type paragraphAnalysis struct {
	sents []string
	sets  []map[string]bool
	words []map[string]bool
	// runs are, a sentence, the initials of its runs of names (see
	// nameRuns), and allRuns the paragraph's.
	runs    []map[string]bool
	allRuns map[string]bool
	all     map[string]bool
	// text is the paragraph's text, and fp its print (see print).
	text   string
	fpOnce sync.Once
	fp     *paragraphPrint
	// joined are the initials of the runs of names of the paragraph's
	// sentences read as one text (see joinedRuns); made once.
	joinedOnce sync.Once
	joined     map[string]bool
}

// joinedRuns returns the initials of the runs of names (see nameRuns) of
// the paragraph's sentences joined by spaces, made once: heldAsInitials
// asks it of every sentence of the paragraph, for every name asked. (The
// header's lines, with no sentence ends between them, make runs across
// lines that allRuns lacks.)
func (pa *paragraphAnalysis) joinedRuns() map[string]bool {
	pa.joinedOnce.Do(func() {
		pa.joined = map[string]bool{}
		for in := range runInitials(strings.Join(pa.sents, " ")) {
			pa.joined[in] = true
		}
	})
	return pa.joined
}

// print returns the paragraph's print for collapseCopies, made once.
func (pa *paragraphAnalysis) print() *paragraphPrint {
	pa.fpOnce.Do(func() {
		p := printOf(pa.text)
		pa.fp = &p
	})
	return pa.fp
}

// articleAnalysis holds the analysed paragraphs of one version of an
// article.
type articleAnalysis struct {
	art     footnote.Article
	version articleVersion
	titles  map[string]string
	mu      sync.Mutex
	paras   map[int]*paragraphAnalysis
	vocab   map[string]bool // see vocabulary
	body    map[string]bool // see bodyStems
	// capital and lower are the words it writes with a capital inside a
	// sentence and in lowercase (see nameWords).
	capital, lower map[string]bool
	// folded are its title and paragraphs as foldedWords, made once (see
	// foldedTexts).
	foldedOnce sync.Once
	folded     []string
}

// foldedTexts returns the article's title and each of its paragraphs as
// their folded words (see foldedWords), with a space at either end, made
// once: a question whose versions are read in other languages asks of
// each candidate sentence whether its article names a country.
func (aa *articleAnalysis) foldedTexts() []string {
	aa.foldedOnce.Do(func() {
		aa.folded = append(aa.folded, " "+foldedWords(aa.art.Title)+" ")
		for _, p := range aa.art.Paragraphs {
			aa.folded = append(aa.folded, " "+foldedWords(p.Text)+" ")
		}
	})
	return aa.folded
}

// bodyStems returns the stems of every paragraph of the article but its
// header (¶0), made once.
func (aa *articleAnalysis) bodyStems(an Analyzer) map[string]bool {
	aa.mu.Lock()
	body := aa.body
	aa.mu.Unlock()
	if body != nil {
		return body
	}
	body = map[string]bool{}
	for _, p := range aa.art.Paragraphs {
		if p.N == 0 {
			continue
		}
		for s := range aa.paragraph(an, p.N).all {
			body[s] = true
		}
	}
	aa.mu.Lock()
	aa.body = body
	aa.mu.Unlock()
	return body
}

// articleVersion identifies a version of an article, so that a
// reindexed article is analysed again: where its paragraphs are held and
// how many there are. The index holds each build's articles in slices of
// their own and never changes one in place, so a new build, even of the
// same text, is a new version; a question looks an article up dozens of
// times, and hashing its text each time cost a tenth of a "when" answer.
type articleVersion struct {
	first *footnote.Paragraph
	n     int
}

// version returns a's articleVersion.
func version(a footnote.Article) articleVersion {
	if len(a.Paragraphs) == 0 {
		return articleVersion{}
	}
	return articleVersion{first: &a.Paragraphs[0], n: len(a.Paragraphs)}
}

// articleAnalysis returns the analysis of the current version of article
// doc, made anew when the article has changed.
func (e *Extractive) articleAnalysis(doc string) *articleAnalysis {
	art := e.article(doc)
	v := version(art)
	if x, ok := e.analyses.Load(doc); ok && x.(*articleAnalysis).version == v {
		return x.(*articleAnalysis)
	}
	var ps []string
	for _, p := range art.Paragraphs {
		if p.N > 0 {
			ps = append(ps, p.Text)
		}
	}
	aa := &articleAnalysis{art: art, version: v, titles: titles(ps), paras: map[int]*paragraphAnalysis{}}
	e.analyses.Store(doc, aa)
	return aa
}

// paragraph returns the analysis of ¶n (empty if there is no such
// paragraph), made once.
func (aa *articleAnalysis) paragraph(an Analyzer, n int) *paragraphAnalysis {
	aa.mu.Lock()
	defer aa.mu.Unlock()
	if pa, ok := aa.paras[n]; ok {
		return pa
	}
	pa := analyseParagraph(an, aa.art, n, aa.titles)
	aa.paras[n] = pa
	return pa
}

// analyseParagraph analyses ¶n of art; ¶0, the header, a field a sentence.
func analyseParagraph(an Analyzer, art footnote.Article, n int, titled map[string]string) *paragraphAnalysis {
	pa := &paragraphAnalysis{all: map[string]bool{}, allRuns: map[string]bool{}}
	var indexed []string
	if n == 0 {
		for _, l := range art.Header() {
			pa.sents = append(pa.sents, l.Text)
			indexed = append(indexed, retrieval.HeaderLineIndex(l))
		}
	} else if p, ok := art.Paragraph(n); ok {
		pa.text = p.Text
		pa.sents = text.Sentences(p.Text)
		indexed = slices.Clone(pa.sents)
		var before []string
		if prev, ok := art.Paragraph(n - 1); ok && n > 1 {
			before = text.Sentences(prev.Text)
		}
		// A sentence's pronouns and titles match the names they stand for.
		for i, names := range resolveRefs(before, pa.sents, titled) {
			if len(names) > 0 {
				indexed[i] += " " + strings.Join(names, " ")
			}
		}
		// A sentence whose subject is "the meeting" matches what
		// the article named it before (anaphora.go).
		for i, words := range definiteRefs(before, pa.sents) {
			if len(words) > 0 {
				indexed[i] += " " + strings.Join(words, " ")
			}
		}
		// A quotation's sentences hold its speaker's names (quotespeaker.go).
		for i, names := range quoteSpeakers(pa.sents) {
			if len(names) > 0 {
				indexed[i] += " " + strings.Join(names, " ")
			}
		}
	}
	for i, s := range indexed {
		set, words := termSets(an, art.Language, s)
		if endsStaying(pa.sents[i]) {
			words[leavingWord] = true // "ending its participation" (endstaying.go)
		}
		pa.sets = append(pa.sets, set)
		pa.words = append(pa.words, words)
		runs := map[string]bool{}
		for in := range runInitials(pa.sents[i]) {
			runs[in] = true
			pa.allRuns[in] = true
		}
		pa.runs = append(pa.runs, runs)
		for st := range set {
			pa.all[st] = true
		}
	}
	return pa
}

// nameWords returns the lowercased words the article writes with a capital
// inside a sentence ("in Poland", "said Haley"), and those it writes in
// lowercase; made once (see nameWordsOf).
func (aa *articleAnalysis) nameWords() (capital, lower map[string]bool) {
	aa.mu.Lock()
	defer aa.mu.Unlock()
	if aa.capital == nil {
		aa.capital, aa.lower = map[string]bool{}, map[string]bool{}
		if text.Lang(aa.art.Language) == text.German {
			// German capitalises every noun: its capitals mark no names
			// ("Land" would be one), as the analyzer's German terms say.
			return aa.capital, aa.lower
		}
		for _, p := range aa.art.Paragraphs {
			if p.N == 0 {
				continue // the header's lines are titles, capitalised throughout
			}
			toks := text.Tokens(p.Text)
			for i, t := range toks {
				low := strings.ToLower(t.Text)
				switch {
				case !startsUpper(t.Text):
					aa.lower[low] = true
				case i > 0 && !toks[i-1].EndsSentence && !t.Acronym && !text.IsAllCaps(t.Text):
					aa.capital[low] = true
				}
			}
		}
	}
	return aa.capital, aa.lower
}
