package answer

import (
	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/intent"
)

// inWindow keeps the passages of the articles published within the dates
// the question bounds its reports by ("since July 2018"); an undated
// article can't be placed and is left out. Without bounds it keeps all.
func (e *Extractive) inWindow(in intent.Intent, ps []footnote.Passage) []footnote.Passage {
	if in.From.IsZero() && in.To.IsZero() {
		return ps
	}
	var out []footnote.Passage
	for _, p := range ps {
		pub := e.article(p.Doc).Published
		if pub.IsZero() || (!in.From.IsZero() && pub.Before(in.From)) || (!in.To.IsZero() && !pub.Before(in.To)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// inOrder answers a question about the latest or the earliest report:
// among the dated articles with a sentence that answers it (passes the
// answer's bar and holds the question's names and numbers itself or in
// its paragraph: see holds), the latest (or earliest), quoted by its
// sentence that says most of the question; picked itself when that is its
// article, or when no sentence is dated. Any sentence that answers counts,
// not only those nearly as good as the best: the best is often a headline
// dense in the question's words, and the latest report tells it in its own.
func (e *Extractive) inOrder(in intent.Intent, query, own string, picked []sentence, passages []footnote.Passage) []sentence {
	if in.Order == intent.Anytime || len(picked) == 0 {
		return picked
	}
	bar, ok := e.newAnswerBar(query, own, passages)
	if !ok {
		return picked
	}
	best, bestOwn := bar.best(picked)
	chosen, chosenOwn := best, bestOwn
	when := e.article(best.doc).Published
	for _, c := range e.sentences(passages) {
		pub := e.article(c.doc).Published
		if pub.IsZero() || !bar.rivals(e, c, 0) || !e.holdsNames(bar, c) {
			continue
		}
		_, o := bar.passes(c)
		later := in.Order == intent.Latest && pub.After(when)
		earlier := in.Order == intent.Earliest && pub.Before(when)
		if when.IsZero() || later || earlier || (c.doc == chosen.doc && o > chosenOwn) {
			chosen, chosenOwn, when = c, o, pub
		}
	}
	if chosen.doc == best.doc {
		return picked
	}
	return []sentence{chosen}
}

// holdsNames reports whether sentence s holds every name and number of
// the question (see holds) where it can answer for them.
func (e *Extractive) holdsNames(bar answerBar, s sentence) bool {
	for _, t := range bar.terms {
		if (t.Name || t.Number) && bar.ownStems[t.Stem] && !e.holds(t, s) {
			return false
		}
	}
	return true
}

// orderLead opens an answer about the latest or the earliest report with
// the outlet and date of the report quoted: "The latest report, FP
// (December 2, 2017): ". It is "" for other questions and for an undated
// article.
func (e *Extractive) orderLead(in intent.Intent, picked []sentence) string {
	if in.Order == intent.Anytime || len(picked) == 0 || e.article(picked[0].doc).Published.IsZero() {
		return ""
	}
	which := "latest"
	if in.Order == intent.Earliest {
		which = "earliest"
	}
	return "The " + which + " report, " + e.dated(picked[0].doc) + ": "
}
