package eval

import (
	"path"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Evidence is a phrase that answers a question, in the page it was
// imported from: gold given as text rather than as a paragraph number,
// for a corpus whose paragraphs the importer decides (the coverage dev
// questions).
type Evidence struct {
	// File is the imported page ("raw/078-reuters-in-hungary-quit.txt");
	// its stem is the article's ID.
	File string `json:"file"`
	// Phrase occurs in the page.
	Phrase string `json:"phrase"`
}

// minPhraseShare is the share of an evidence phrase's words a paragraph
// must hold to be its gold when the phrase is in no one paragraph whole
// (the importer split it): lower takes paragraphs that only share the
// topic.
const minPhraseShare = 0.6

// minPartWords is the fewest words a paragraph needs to be gold for being
// part of an evidence phrase: fewer takes a one-word paragraph ("Hungary")
// for the phrase that holds it.
const minPartWords = 4

// docOf is the article ID of an imported page: its file name without
// directory and extension.
func docOf(file string) string {
	base := path.Base(strings.ReplaceAll(file, "\\", "/"))
	return strings.TrimSuffix(base, path.Ext(base))
}

// evidenceGold returns the paragraphs of art that hold phrase: those
// holding it whole or a part of it (folded, minPartWords or more), else
// those holding minPhraseShare of its words.
func evidenceGold(art footnote.Article, phrase string) []Ref {
	want := text.Fold(phrase)
	words := map[string]bool{}
	for _, w := range text.Words(want) {
		words[w.Text] = true
	}
	var whole, most []Ref
	paras := art.Paragraphs
	if head, ok := art.Paragraph(0); ok && (len(paras) == 0 || paras[0].N != 0) {
		paras = append([]footnote.Paragraph{head}, paras...)
	}
	for _, p := range paras {
		got := text.Fold(p.Text)
		if strings.Contains(got, want) || (len(text.Words(got)) >= minPartWords && strings.Contains(want, got)) {
			whole = append(whole, Ref{art.ID, p.N})
			continue
		}
		held, seen := 0, map[string]bool{}
		for _, w := range text.Words(got) {
			if words[w.Text] && !seen[w.Text] {
				seen[w.Text] = true
				held++
			}
		}
		if len(words) > 0 && float64(held) >= minPhraseShare*float64(len(words)) {
			most = append(most, Ref{art.ID, p.N})
		}
	}
	if len(whole) > 0 {
		return whole
	}
	return most
}

// resolveEvidence turns a case's evidence phrases into gold paragraphs of
// the articles (its versions' too, by their files), and makes an
// out-of-scope case one to refuse. A phrase the import lost gives no gold.
func resolveEvidence(c *Case, arts map[string]footnote.Article) {
	if c.Kind == "out_of_scope" {
		c.Refuse = true
	}
	byDoc := map[string][]Ref{}
	for _, ev := range c.Evidence {
		doc := docOf(ev.File)
		art, ok := arts[doc]
		if !ok {
			continue
		}
		for _, g := range evidenceGold(art, ev.Phrase) {
			if slices.Contains(byDoc[doc], g) {
				continue
			}
			byDoc[doc] = append(byDoc[doc], g)
			if len(c.Versions) == 0 {
				c.Gold = append(c.Gold, g)
			}
		}
	}
	for i := range c.Versions {
		for _, f := range c.Versions[i].Files {
			c.Versions[i].Gold = append(c.Versions[i].Gold, byDoc[docOf(f)]...)
		}
	}
}
