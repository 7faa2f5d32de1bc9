package answer

import (
	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
)

// The lines Footnote writes into an article's header from its front matter,
// the dateline ("Published by … on …") and the link, say who published it,
// when, and where to read it. They answer a question about the article
// ("which outlet ran it?", "when was this published?", "link to the
// original pls"), not one about the news it reports. Such a line is exempt
// from the gates that refuse a sentence lacking the fact asked (a question
// words its own way what it asks of the article: asksAbsentFact,
// lacksAttribute, lacksPredicate), so while every line of the header was a
// candidate, a line whose context (the headline) held the question's words
// answered questions about the news: over the coverage "Who must decide on
// the pact before Italy signs it?" was answered "Published by Permanent
// Mission of Italy, Geneva.", and "How many migrants reached Italy by sea in
// 2018?" with a link whose path holds "2018". Now these lines are candidates
// only for a question that names a field of them (asksAboutArticle), and for
// a "when" question nothing else answers (pickArticleDate: "when did this
// come out"). The headline and the dek report the news, and the byline and
// the author's note are the outlet's words about a person ("who's colum
// lynch" is answered by the note): they stay candidates.

// publicationLine reports whether s is the dateline or the link of its
// article's header.
func (e *Extractive) publicationLine(s sentence) bool {
	if s.n != 0 {
		return false
	}
	for _, l := range e.article(s.doc).Header() {
		if l.Text == s.text {
			return l.Field == footnote.FieldDateline || l.Field == footnote.FieldLink
		}
	}
	return false
}

// asksAboutArticle reports whether the question's own terms name the
// dateline or the link: a word people ask about them with
// (retrieval.HeaderFieldWords: "outlet", "published", "link"), by stem. A
// word that says what kind of answer is asked ("day", "year": classNouns)
// is left out: "On what day did the US tell the UN …" asks about the
// news, and a time of the article is read by pickArticleDate when nothing
// else answers.
func (e *Extractive) asksAboutArticle(terms []qterm, ownStems map[string]bool) bool {
	asked := map[string]bool{}
	for _, t := range terms {
		if ownStems[t.Stem] {
			asked[t.Stem] = true
		}
	}
	for _, f := range []footnote.HeaderField{footnote.FieldDateline, footnote.FieldLink} {
		for _, w := range retrieval.HeaderFieldWords(f) {
			if _, kindWord := classNouns[w]; kindWord {
				continue
			}
			for _, st := range e.ix.StemsIn("en", w) {
				if asked[st] {
					return true
				}
			}
		}
	}
	return false
}
