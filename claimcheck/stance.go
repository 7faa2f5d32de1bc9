package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// The two directions a party can take towards talks, a pact or a
// country (relatedness.Leaves, relatedness.Stays): a claim that one stays
// where the coverage says it leaves is contradicted, however many of its
// other words the sentence shares. A word of backing before one of
// leaving backs the leaving ("backed a pullout").

// reversesStance reports whether the claim takes one direction and the
// quote only the other.
func reversesStance(claim, quote string) bool {
	cs, cl := stance(claim)
	qs, ql := stance(quote)
	return cs && !cl && ql && !qs || cl && !cs && qs && !ql
}

// sharesStance reports whether the claim and the quote take a direction
// in common.
func sharesStance(claim, quote string) bool {
	cs, cl := stance(claim)
	qs, ql := stance(quote)
	return cs && qs || cl && ql
}

// stance reports which directions s takes; refusing or opposing goes
// the way of leaving.
func stance(s string) (stay, leave bool) {
	st, lv := stanceWords(s)
	return len(st) > 0, len(lv) > 0
}

// stanceWords returns the indexes, among text.Words(s), of the words by
// which s stays and of those by which it leaves (see stance).
func stanceWords(s string) (stay, leave []int) {
	ws := text.Words(s)
	// A word of refusing before one of leaving stays ("opposed the
	// pullout", "refused to withdraw"), and is no stance of its own; nor
	// is one of backing ("backed a pullout").
	governs := map[int]bool{}
	for i, w := range ws {
		if relatedness.Leaves(text.Fold(w.Text)) {
			for j := max(0, i-endWindow); j < i; j++ {
				fj := text.Fold(ws[j].Text)
				governs[j] = governs[j] || hasPrefix(fj, refuseStems) || relatedness.Backs(fj)
			}
		}
	}
	cond := inCondition(s, ws)
	for i, w := range ws {
		f := text.Fold(w.Text)
		switch {
		case governs[i] || cond[i]:
		case strings.HasPrefix(f, "back") && relatedness.Backs(f) && i+1 < len(ws) && text.Fold(ws[i+1].Text) == "out":
			// "backed out" leaves.
			leave = append(leave, i)
		case relatedness.Stays(f) && (endedAt(ws, i) || negatedAt(s, ws, i)):
			// "ending its participation" and "won't sign" leave.
			leave = append(leave, i)
		case relatedness.Stays(f) && i > 0 && possessives[text.Fold(ws[i-1].Text)]:
			// "to adjourn its participation": what is done with it
			// decides, and the verb may be one of neither list.
		case relatedness.Leaves(f) && negatedAt(s, ws, i):
			stay = append(stay, i)
		default:
			if relatedness.Stays(f) {
				stay = append(stay, i)
			}
			if relatedness.Leaves(f) || hasPrefix(f, refuseStems) {
				leave = append(leave, i)
			}
		}
	}
	return stay, leave
}

// conditionals are the folded words that open a clause of what may
// happen, not what did ("threatened to leave if Michel backed the
// accord"), or of what is asked ("met … to determine whether the United
// States would participate"), in the languages of the coverage: a stance
// in such a clause is no one's. (French and Spanish "si" is both.)
var conditionals = map[string]bool{"if": true, "unless": true, "whether": true, "si": true, "wenn": true, "falls": true, "sofern": true, "ob": true, "qualora": true, "caso": true}

// inCondition reports, for each of ws (the words of s), whether it stands
// in a conditional clause: after a conditional word, up to the end of its
// clause.
func inCondition(s string, ws []text.Word) []bool {
	out := make([]bool, len(ws))
	in := false
	for i, w := range ws {
		if in && i > 0 && strings.ContainsAny(s[ws[i-1].End:w.Start], ",;:.!?()—–") {
			in = false
		}
		if conditionals[text.Fold(w.Text)] {
			in = true
			continue
		}
		out[i] = in
	}
	return out
}

// negatedAt reports whether a negation or a word of refusing stands
// within endWindow words before word i of s ("won't sign", "refusing to
// sign").
func negatedAt(s string, ws []text.Word, i int) bool {
	for j := max(0, i-endWindow); j < i; j++ {
		if hasPrefix(text.Fold(ws[j].Text), refuseStems) {
			return true
		}
	}
	return negationBefore(s, ws, i)
}

// possessives are the folded possessive words of the languages of the
// coverage: a word of staying after one ("its participation") is a thing
// something is done with, not a stance.
var possessives = map[string]bool{}

func init() {
	for _, w := range strings.Fields("its their his her our su sus sa son ses leur leurs sein seine seiner ihre ihrer sua seu suo") {
		possessives[w] = true
	}
}

// endWindow is how many words before a word of staying an ending word may
// stand and end it ("ending its participation"): more takes an ending of
// something else for it.
const endWindow = 3

// endedAt reports whether an ending word (relatedness.Ends: "ending its
// participation", "beendet seine Teilnahme") stands within endWindow
// words before word i.
func endedAt(ws []text.Word, i int) bool {
	for j := max(0, i-endWindow); j < i; j++ {
		if relatedness.Ends(text.Fold(ws[j].Text)) {
			return true
		}
	}
	return false
}

func hasPrefix(f string, stems []string) bool {
	for _, p := range stems {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// refuseStems are the starts of folded words by which a party refuses or
// opposes, in the languages of the coverage.
var refuseStems = []string{"refus", "inconsist", "incompat", "against", "contra", "critic", "condemn", "conden", "verurteil", "widersp", "reject", "declin", "oppos", "deny", "deni", "rechaz", "negaro", "ablehn", "verweig", "rifiut", "recus", "respin"}

// leavesWhereClaimDoesNot reports whether the quote leaves or refuses
// where the claim takes no such stance: "the US refused to sign" affirms
// nothing of "the US signed".
func leavesWhereClaimDoesNot(claim, quote string) bool {
	_, cl := stance(claim)
	_, ql := stance(quote)
	return ql && !cl
}

// infinitiveMarks are the folded words that open the infinitive a verb of
// refusing governs ("refused to sign", "se negó a firmar", "weigerte
// sich zu unterschreiben"), in the languages of the coverage.
var infinitiveMarks = map[string]bool{"to": true, "a": true, "zu": true, "de": true, "di": true}

// refusedActs returns the stems of the acts s refuses to do: the first
// content word after a word of refusing and an infinitive mark ("sign"
// of "refusing to sign").
func refusedActs(s string) map[string]bool {
	ws := text.Words(s)
	out := map[string]bool{}
	for i, w := range ws {
		if !hasPrefix(text.Fold(w.Text), refuseStems) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+endWindow; j++ {
			f := text.Fold(ws[j].Text)
			if !infinitiveMarks[f] {
				continue
			}
			for k := j + 1; k < len(ws) && k <= j+endWindow; k++ {
				if g := text.Fold(ws[k].Text); isContent(g) {
					out[stem(g)] = true
					break
				}
			}
			break
		}
	}
	return out
}

// refusesOtherAct reports whether the claim refuses to do something
// ("refused to help draft") that the quote does not refuse ("refusing to
// sign … which Australia helped draft"): the quote holds the claim's
// words, but another act is refused.
func refusesOtherAct(claim, quote string) bool {
	qa := refusedActs(quote)
	for a := range refusedActs(claim) {
		if !qa[a] {
			return true
		}
	}
	return false
}
