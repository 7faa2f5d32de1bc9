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
// among the dated sentences that answer it nearly as well as those picked
// (see answerBar.rivals), the one of the latest (or earliest) article;
// picked itself when that is its article, or when no sentence is dated.
func (e *Extractive) inOrder(in intent.Intent, query, own string, picked []sentence, passages []footnote.Passage) []sentence {
	if in.Order == intent.Anytime || len(picked) == 0 {
		return picked
	}
	bar, ok := e.newAnswerBar(query, own, passages)
	if !ok {
		return picked
	}
	best, bestOwn := bar.best(picked)
	chosen := best
	when := e.article(best.doc).Published
	for _, c := range e.sentences(passages) {
		pub := e.article(c.doc).Published
		if pub.IsZero() || !bar.rivals(e, c, bestOwn) {
			continue
		}
		if when.IsZero() || (in.Order == intent.Latest && pub.After(when)) || (in.Order == intent.Earliest && pub.Before(when)) {
			chosen, when = c, pub
		}
	}
	if chosen.doc == best.doc {
		return picked
	}
	return []sentence{chosen}
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
