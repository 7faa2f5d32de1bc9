package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// The doer of an act the articles tell by another verb. "Who told Guterres
// that the US was ending its participation in the compact?": no outlet
// writes "told"; they write "the U.S. mission … informed Secretary-General
// António Guterres", "Nikki Hayley, informed the UN secretary general".
// The answer is chosen by meaning (the word vectors put "informed" at 0.73
// to "told"), but the versions were read by the asked verb alone, so no
// outlet gave a doer and the sources' disagreement (the mission, Haley,
// the administration) was never shown. Round thirteen matched a doer's
// verb by meaning in every sentence and dropped it: "decided" stood for
// "announced" and "said" for "told" beside outlets that wrote the asked
// verb. Here the stand-in is read only when no retrieved sentence tells
// the act by the asked verb, and only from the sentences chosen to answer:
// the verb by which the best answer tells the act is the act's verb in
// this coverage.

// standInRelated is the least cosine between the asked verb and a verb of
// the chosen answer for it to stand in: "told" / "informed" is 0.73,
// "announced" / "unveiled" 0.75, while "told" / "announced" is 0.57 and
// "told" / "declared" 0.50. Lower lets a verb of another act tell the act.
const standInRelated = 0.7

// standInVerb returns the doer ask da with its verb replaced by the past
// verb of picked (the sentences chosen to answer) closest in meaning to it
// (see standInRelated), when none of sents (the retrieved sentences) names
// a doer by the asked verb; false when da is kept. A verb of plain saying
// ("said", sayVerbs) never stands in: every outlet says something of the
// act's names.
func (e *Extractive) standInVerb(da doerAsk, picked, sents []sentence) (doerAsk, bool) {
	if da.noun != "" || len(picked) == 0 {
		return da, false
	}
	for _, s := range sents {
		if mayTellBy(da, s) && e.subjectOf(da, s) != "" {
			return da, false
		}
	}
	best, bestCos, lang := "", standInRelated, ""
	for _, s := range picked {
		code := e.article(s.doc).Language
		if code != "" && code != "en" {
			continue
		}
		toks := text.Tokens(s.text)
		for i, t := range toks {
			w := strings.ToLower(t.Text)
			if w == da.verb || sayVerbs[w] || da.asked[w] || !pastVerbAt(toks, i) {
				continue
			}
			if c := da.soft.similarity(da.verb, w); c >= bestCos {
				best, bestCos, lang = w, c, code
			}
		}
	}
	if best == "" {
		return da, false
	}
	alt := da
	alt.verb, alt.stems, alt.whole = best, map[string]bool{}, true
	for _, st := range e.ix.StemsIn(lang, best) {
		alt.stems[st] = true
	}
	return alt, true
}

// mayTellBy reports whether sentence s may tell an act by da's verb: it
// has the verb or one of its stems. subjectOf finds a doer only at such a
// word, and reading every retrieved sentence's doer costs a tokenising and
// stemming of each; this skips the sentences that can't have one. A
// sentence whose stems were not read is read.
func mayTellBy(da doerAsk, s sentence) bool {
	if s.stems == nil || s.words[da.verb] {
		return true
	}
	for st := range da.stems {
		if s.stems[st] {
			return true
		}
	}
	return false
}
