package claimcheck

import (
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim can turn a sentence around in a word of a polarity class where
// the stance checks do not look: "the n-va had threatened to leave the
// coalition if michel rejected the accord" against "… threatened to leave
// if Michel backed the controversial accord" (a stance in an "if" clause is
// no one's, see inCondition), and the paraphrase share lets that one word
// be missing. The word the sentence has in the place of the claim's
// (llm.SlotMates: the same neighbour before or after it) tells: one that
// takes the other side (backing, staying or approving against opposing,
// leaving, refusing or disapproving) says the opposite, as an antonym does
// for a word of no class (antonym.go).

// polarityTurned returns the claim's word (folded) whose place in quote
// holds a word of the other side (polaritySide), neither of them negated,
// or "": a content word of the claim that quote lacks (by stem). "" for a
// negated claim, as for the antonyms.
func polarityTurned(claim, quote string) string {
	if isNegated(claim) {
		return ""
	}
	cws := text.Words(claim)
	cf := text.FoldWords(cws)
	qws := text.Words(quote)
	qf := text.FoldWords(qws)
	inQuote := map[string]bool{}
	for _, f := range qf {
		inQuote[stem(f)] = true
	}
	for i, f := range cf {
		side := polaritySide(cf, i)
		if side == 0 || !isContent(f) || inQuote[stem(f)] {
			continue
		}
		for j, g := range qf {
			if polaritySide(qf, j) != -side || negationBefore(quote, qws, j) {
				continue
			}
			for _, v := range llm.SlotMates(cf, f, qf) {
				if v == g {
					return f
				}
			}
		}
	}
	return ""
}

// awayParticles are the English particles that turn a verb of backing or
// staying into one of leaving: "backed out", "stayed out of the process",
// "stay away from the talks" (a closed class of the phrasal verb).
var awayParticles = map[string]bool{"out": true, "away": true}

// polaritySide returns +1 for folded word fs[i] when it backs, stays,
// joins, signs or approves, -1 when it opposes, leaves, refuses or
// disapproves (a word of backing or staying before "out" or "away"
// leaves: "backed out", "stayed out"), and 0 for any other word.
func polaritySide(fs []string, i int) int {
	f := fs[i]
	switch {
	case (relatedness.Backs(f) || relatedness.Stays(f)) && i+1 < len(fs) && awayParticles[fs[i+1]]:
		return -1
	case relatedness.Approves(f):
		return 1
	case relatedness.Disapproves(f), relatedness.Leaves(f), relatedness.Opposes(f), hasPrefix(f, refuseStems):
		return -1
	case relatedness.Stays(f):
		return 1
	}
	return 0
}
