package claimcheck

import (
	"context"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/text"
)

// paraphraseShare is the share of a claim's content words a sentence in
// its language must hold to support it when the model-answer check finds
// no support (a claim posted in other words than any sentence: "sets out"
// for "has"): higher refuses more paraphrases, lower supports a claim on
// the words it shares with a sentence that says something else.
const paraphraseShare = 0.75

// paraphrase returns a sentence in the claim's language that says what it
// says in nearly its words: paraphraseShare of its content words, each of
// its numbers and no other of their units, its negation or none, its
// stance, and what backed asks (its names doing what it says, its other
// words in the coverage). A claim that gives a day is left to the
// comparison of days.
func (c *Checker) paraphrase(ctx context.Context, claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool, error) {
	if _, dated := claimDay(claim, lang); dated {
		return footnote.Citation{}, false, nil
	}
	cw := wordsOf(claim, lang)
	cq := quantities(claim, lang)
	negated := isNegated(claim)
	for _, s := range ss {
		if s.lang != lang || len(cw.content) == 0 || heldShare(cw, s) < paraphraseShare {
			continue
		}
		sq := quantities(s.cite.Quote, s.lang)
		if !matchesEach(cq, sq) || differs(cq, sq) || isNegated(s.cite.Quote) != negated ||
			turnedAround(claim, s.cite.Quote, lang) || leavesAgainstStay(claim, s.cite.Quote) || stanceMissing(claim, s.cite.Quote) ||
			llm.ActorsSwapped(claim, s.cite, c.paras) {
			continue
		}
		ok, err := c.backed(ctx, claim, lang, s.cite, s.lang, ss)
		if err != nil || ok {
			return s.cite, ok, err
		}
	}
	return footnote.Citation{}, false, nil
}

// matchesEach reports whether b gives each of a's quantities.
func matchesEach(a, b []quantity) bool {
	for _, x := range a {
		if !matches([]quantity{x}, b) {
			return false
		}
	}
	return true
}
