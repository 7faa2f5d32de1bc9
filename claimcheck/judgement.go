package claimcheck

import "github.com/footnote-bot/footnote/text"

// The two ways someone can judge a decision, as the starts of folded
// words in the languages of the coverage: a claim that one praised what
// the coverage says they regretted or condemned is turned around.
var (
	approveStems    = []string{"prais", "welcom", "celebr", "applau", "hail", "commend", "elogi", "aplaud", "festej", "begruss", "gelobt", "salue", "felicit"}
	disapproveStems = []string{"condemn", "conden", "regret", "lament", "deplor", "critic", "slam", "lash", "denounc", "denunc", "bedauer", "verurteil", "kritis", "rammaric", "disappoint", "decepc", "enttausch"}
)

// judgement reports whether s approves of something, disapproves, or
// both.
func judgement(s string) (approve, disapprove bool) {
	for _, w := range text.Words(s) {
		f := text.Fold(w.Text)
		approve = approve || hasPrefix(f, approveStems)
		disapprove = disapprove || hasPrefix(f, disapproveStems)
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
