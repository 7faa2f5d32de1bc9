package answer

import "github.com/footnote-bot/footnote"

// answerBar is the bar a sentence must pass to answer a question, kept to
// judge the sentences of other outlets against the chosen one (versions,
// corroboration).
type answerBar struct {
	terms    []qterm
	total    float64
	ownStems map[string]bool
	soft     softMatcher
}

// newAnswerBar reads the question's terms over passages; false when the
// question has none the articles know (see questionTerms).
func (e *Extractive) newAnswerBar(query, own string, passages []footnote.Passage) (answerBar, bool) {
	terms, total, ownStems, ok := e.questionTerms(query, own, passages)
	if !ok {
		return answerBar{}, false
	}
	return answerBar{terms: terms, total: total, ownStems: ownStems, soft: e.softMatcher()}, true
}

// passes reports whether s passes the bar of an answer, and the share of
// the question's weight s says itself (not its context).
func (b answerBar) passes(s sentence) (bool, float64) {
	o, c, r, n := coverOf(b.terms, s, b.soft)
	all := (o + c + r) / b.total
	return all >= minCoverage || (n >= 2 && all >= minPartial), (o + r) / b.total
}

// rivals reports whether s answers the question nearly as well as a chosen
// sentence that says bestOwn of it: s passes the bar, says itself at least
// versionShare of what the chosen one says, holds the question's numbers
// (see holds) and its article its names: another outlet may name in its
// headline or an earlier paragraph what the sentence leaves out ("the
// conference" of a story about Marrakech).
func (b answerBar) rivals(e *Extractive, s sentence, bestOwn float64) bool {
	ok, o := b.passes(s)
	if !ok || o < versionShare*bestOwn {
		return false
	}
	return b.namesHeld(e, s)
}

// namesHeld reports whether s holds the question's own numbers, and its
// article the question's own names (see rivals).
func (b answerBar) namesHeld(e *Extractive, s sentence) bool {
	for _, t := range b.terms {
		if !(t.Name || t.Number) || !b.ownStems[t.Stem] || e.holds(t, s) {
			continue
		}
		if t.Number || !e.articleNames(s.doc, t) {
			return false
		}
	}
	return true
}

// articleNames reports whether the article doc names t anywhere: in its
// header or any paragraph, by its stem or its initials (see
// heldAsInitials).
func (e *Extractive) articleNames(doc string, t qterm) bool {
	aa := e.articleAnalysis(doc)
	for _, p := range aa.art.Paragraphs {
		pa := aa.paragraph(e.ix, p.N)
		if matchIn(t, pa.all) > 0 || heldAsInitials(t, sentence{stems: pa.all, ctx: pa.all, all: pa.sents, para: pa}) {
			return true
		}
	}
	return false
}

// best returns the sentence of picked that says most of the question
// itself, with that share; the first on a tie.
func (b answerBar) best(picked []sentence) (sentence, float64) {
	best, bestOwn := sentence{}, -1.0
	for _, s := range picked {
		if _, o := b.passes(s); o > bestOwn {
			best, bestOwn = s, o
		}
	}
	return best, bestOwn
}

// headlineNames reports whether the header of article doc (¶0: its
// headline) names t, by its stem or written otherwise (see
// heldAsInitials), while its body never does: a statement names its
// subject in its headline and may leave it out of every sentence
// ("Statement by the Italian Prime Minister" never says "Italy" again).
// An article whose body names t itself leaves the sentences that don't
// to tell of something else.
func (e *Extractive) headlineNames(doc string, t qterm) bool {
	aa := e.articleAnalysis(doc)
	pa := aa.paragraph(e.ix, 0)
	if matchIn(t, pa.all) == 0 && !heldAsInitials(t, sentence{stems: pa.all, ctx: pa.all, all: pa.sents, para: pa}) {
		return false
	}
	return matchIn(t, aa.bodyStems(e.ix)) == 0
}
