package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
)

// A question whose answer only pages in other languages give ("Who
// announced that Chile would not sign the UN migration pact?" over a
// coverage where only Spanish pages tell of Chile; "Combien de pays ont
// adopté le pacte … à Marrakech ?" where no French page tells of
// Marrakech) retrieves the pages of its own language first: its everyday
// words meet theirs, and a page abroad shares only its names, numbers and
// cognates ("pacte" / "pact"). The passages read are then all of its
// language, none answers, and the question is refused.

// abroadPick answers own from the passages of articles in other languages
// than the question's, retrieved with the question's words and its
// countries' names in the other languages (see namesAbroad), when the
// question's own passages answer nothing: the same bar and gates judge
// them (a question word matched in another language counts
// foreignWordCredit of its weight in ranking, fully at the gate), so what
// the question asks must still be said. False when every article is in the
// question's language, the retrieval fails or nothing answers.
func (e *Extractive) abroadPick(ctx context.Context, query, own string) (expandedPick, bool) {
	lang := langOrEnglish(e.ix.QuestionLanguage(own))
	foreign := func(doc string) bool { return langOrEnglish(e.article(doc).Language) != lang }
	if !e.anyArticle(foreign) {
		return expandedPick{}, false
	}
	q := query
	if abroad := append(e.namesAbroad(own), e.adjectiveCountryNames(own)...); len(abroad) > 0 {
		q += " " + strings.Join(abroad, " ")
	}
	got, err := e.ix.Retrieve(ctx, q, e.TopK*versionDepth*abroadDepth)
	if err != nil {
		return expandedPick{}, false
	}
	var more []footnote.Passage
	for _, p := range got {
		if foreign(p.Doc) {
			more = append(more, p)
		}
	}
	all, copies := e.collapseCopies(more)
	if len(all) == 0 {
		return expandedPick{}, false
	}
	passages := all[:min(len(all), e.TopK)]
	picked, ok := e.pickAbroad(query, own, passages)
	return expandedPick{picked: picked, all: all, passages: passages, copies: copies}, ok
}

// pickAbroad is pickPart for passages in other languages than the
// question's, which reads what a question in another language than
// English asks for by its question word too (see versionKind: "Combien
// de pays …" asks for a number): the sentences chosen must then hold one
// (see gatedKinds). The ordinary pick leaves such a question's kind
// unread, since its best sentence in its own language may hold the value
// in the next one (foreignkind.go); a sentence abroad that gives no value
// of the kind asked answers something else. A question in several parts
// is picked as usual.
func (e *Extractive) pickAbroad(query, own string, passages []footnote.Passage) ([]sentence, bool) {
	if len(questionParts(own)) > 1 {
		return e.pick(query, own, passages)
	}
	pp, ok := e.preparePart(query, own, passages)
	if !ok {
		return nil, false
	}
	if pp.want == kindAny {
		pp.want = versionKind(own)
	}
	picked, ok := e.pickPartWith(pp, pp.want == kindTime)
	if !ok && pp.want == kindTime {
		picked, ok = e.pickPartWith(pp, false)
	}
	if !ok || !slices.ContainsFunc(picked, func(s sentence) bool { return passesAbroad(pp, s) }) {
		return nil, false
	}
	return picked, true
}

// abroadMinTerms is how many of the question's terms a sentence abroad
// must hold: one shared word, a year or a name, says nothing of what a
// sentence in another language tells ("Published on January 2, 2019", a
// Portuguese page's header, held 0.48 of "How large is the UN's regular
// budget approved for 2019?" by its year). Two is the least that relates
// what is asked to what the sentence says.
const abroadMinTerms = 2

// passesAbroad reports whether sentence s, of a page in another language
// than the question's, answers by the bar's first way: it and its context
// hold minCoverage of the question's weight (by the matcher of related
// words or the plain one, as bestSentence reads them), with
// abroadMinTerms of its terms. The bar's second way, two terms and
// minPartial, is left out: across languages few words can meet at all,
// so two that do weigh little.
func passesAbroad(pp *partAsk, s sentence) bool {
	for _, m := range []softMatcher{pp.soft, pp.plain} {
		own, ctx, related, n := coverOf(pp.terms, s, m)
		if n >= abroadMinTerms && (own+ctx+related)/pp.total >= minCoverage {
			return true
		}
	}
	return false
}

// abroadDepth is how many times deeper than the versions' read (see
// versionDepth) the retrieval for pages abroad reads, to find the pages
// of other languages below those of the question's, which its everyday
// words rank first. Set at 2 before measuring (the 80 coverage pages hold
// some 600 paragraphs; 40 passages are mostly of the question's
// language).
const abroadDepth = 2

// anyArticle reports whether an article's ID satisfies f.
func (e *Extractive) anyArticle(f func(doc string) bool) bool {
	for _, a := range e.ix.Articles() {
		if f(a.ID) {
			return true
		}
	}
	return false
}
