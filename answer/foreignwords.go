package answer

// Words shared across languages. A question is analysed in its language
// and an article in its own, and their stems meet where the two languages
// share a root: often a cognate ("government" and "governo" stem to
// "govern"), as often a false friend ("part" of "take part" and the
// Italian "partito", a party; "Why did Italy's government say it would not
// take part …" was answered by an Italian sentence about Salvini's party,
// not the English statement that says why). Names and numbers are written
// alike in every language and match fully; an everyday word of the
// question found in a sentence of another language counts
// foreignWordCredit of its weight when the sentences are ranked. The
// refusal gate still counts it in full: a question answered only in
// another language is answered as before, and among sentences that say
// about as much the one in the question's language is chosen.

// foreignWordCredit is what an everyday word (no name, no number) of the
// question counts in a sentence of another language than the question's:
// lower prefers the question's language more, even over a sentence of
// another language that says more; 1 is the old ranking. Set to half
// before measuring, as ctxCredit weighs a word found only around the
// sentence; 0.3 and 0.7 were measured on the tune sets (see
// notes/answering.md).
const foreignWordCredit = 0.5

// markForeign marks the candidate sentences of articles written in
// another language than question's (an article of unknown language is
// read as the analyzer reads it, in English).
func (e *Extractive) markForeign(cands []sentence, question string) {
	ql := e.ix.QuestionLanguage(question)
	for i := range cands {
		cands[i].foreign = langOrEnglish(e.article(cands[i].doc).Language) != langOrEnglish(ql)
	}
}

// foreignDiscount is the weight, among what coverOf credits sentence s
// with, that foreignWordCredit takes back for s being in another language
// than the question: (1 - foreignWordCredit) of each everyday word of the
// question matched by stem, in s or (at ctxCredit) its context.
func foreignDiscount(terms []qterm, s sentence) float64 {
	if !s.foreign {
		return 0
	}
	var d float64
	for _, t := range terms {
		if t.Name || t.Number {
			continue
		}
		if m := matchIn(t, s.stems); m > 0 {
			d += t.w * m
		} else if m := matchIn(t, s.ctx); m > 0 {
			d += ctxCredit * t.w * m
		}
	}
	return (1 - foreignWordCredit) * d
}
