package answer

import (
	"fmt"
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
	all   map[string]bool
}

// articleAnalysis holds the analysed paragraphs of one version of an
// article.
type articleAnalysis struct {
	version string
	titles  map[string]string
	mu      sync.Mutex
	paras   map[int]*paragraphAnalysis
}

// version identifies a version of an article: the length of each of its
// paragraphs, so that a reindexed article is analysed again.
func version(a footnote.Article) string {
	var b strings.Builder
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "%d,", len(p.Text))
	}
	return b.String()
}

// analysed returns the analysis of ¶n of article doc (empty if there is no
// such paragraph), made once per version of the article.
func (e *Extractive) analysed(doc string, n int) *paragraphAnalysis {
	art := e.article(doc)
	v := version(art)
	var aa *articleAnalysis
	if x, ok := e.analyses.Load(doc); ok && x.(*articleAnalysis).version == v {
		aa = x.(*articleAnalysis)
	} else {
		var ps []string
		for _, p := range art.Paragraphs {
			if p.N > 0 {
				ps = append(ps, p.Text)
			}
		}
		aa = &articleAnalysis{version: v, titles: titles(ps), paras: map[int]*paragraphAnalysis{}}
		e.analyses.Store(doc, aa)
	}
	aa.mu.Lock()
	defer aa.mu.Unlock()
	if pa, ok := aa.paras[n]; ok {
		return pa
	}
	pa := e.analyseParagraph(art, n, aa.titles)
	aa.paras[n] = pa
	return pa
}

// analyseParagraph analyses ¶n of art; ¶0, the header, a field a sentence.
func (e *Extractive) analyseParagraph(art footnote.Article, n int, titled map[string]string) *paragraphAnalysis {
	an := e.ix.Analyzer()
	pa := &paragraphAnalysis{all: map[string]bool{}}
	var indexed []string
	if n == 0 {
		for _, l := range art.Header() {
			pa.sents = append(pa.sents, l.Text)
			indexed = append(indexed, retrieval.HeaderLineIndex(l))
		}
	} else if p, ok := art.Paragraph(n); ok {
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
	}
	for _, s := range indexed {
		set, words := termSets(an, s)
		pa.sets = append(pa.sets, set)
		pa.words = append(pa.words, words)
		for st := range set {
			pa.all[st] = true
		}
	}
	return pa
}
