package claimcheck

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// judgement reports whether s approves of something, disapproves, or
// both.
func judgement(s string) (approve, disapprove bool) {
	for _, w := range text.Words(s) {
		f := text.Fold(w.Text)
		approve = approve || relatedness.Approves(f)
		disapprove = disapprove || relatedness.Disapproves(f)
	}
	return approve, disapprove
}

// reversesJudgement reports whether the claim judges one way and the quote
// only the other ("celebró" against "lamentó").
func reversesJudgement(claim, quote string) bool {
	ca, cd := judgement(claim)
	qa, qd := judgement(quote)
	return ca && !cd && qd && !qa || cd && !ca && qa && !qd
}
