package claimcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/text"
)

// Who did a thing, when one of the two tellings is in the passive: "netanyahu
// welcomed the announcement by deputy foreign minister tzipi hotovely"
// holds every word of "Netanyahu’s Tuesday announcement was welcomed by
// fellow Likud lawmaker Deputy Foreign Minister Tzipi Hotovely", who did the
// welcoming. The actors check the model answers get (llm.ActorsSwapped)
// reads the names at most three words from the verb and stops at the first
// word past a run of names, so a doer behind a title of several words
// ("fellow Likud lawmaker Deputy Foreign Minister …") escapes it. Here the
// doer of a verb is every name of its clause on the doer's side: before an
// active verb, back to the start of the clause; after the "by" of a passive
// one, up to its end.

// passiveAuxiliaries are the English words that, just before a verb in
// "-ed", make it passive when a "by" follows (a closed class).
var passiveAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true}

// doersSwapped reports whether the claim (English, its names capitalised:
// namesCapitalised) and quote share a verb in "-ed" (by stem) whose doers
// in the claim (doers) are none of its doers in quote, while quote names
// one of them elsewhere, in a sentence where one of the two is passive:
// the claim puts its name on the other side of the verb.
func doersSwapped(claim, quote string) bool {
	cws, qws := text.Words(claim), text.Words(quote)
	cf, qf := text.FoldWords(cws), text.FoldWords(qws)
	for i, f := range cf {
		if !strings.HasSuffix(f, "ed") || !isContent(f) || isNameWord(cws[i].Text) {
			continue
		}
		cPassive, cDoers := doers(claim, cws, cf, i)
		if len(cDoers) == 0 {
			continue
		}
		for j, g := range qf {
			if g != f || isNameWord(qws[j].Text) {
				continue
			}
			qPassive, qDoers := doers(quote, qws, qf, j)
			if !cPassive && !qPassive || len(qDoers) == 0 || overlaps(cDoers, qDoers) {
				continue
			}
			for k, w := range qws {
				if _, ok := cDoers[text.Fold(w.Text)]; ok && isNameWord(w.Text) && k != j {
					return true
				}
			}
		}
	}
	return false
}

// doers returns whether verb ws[v] of s is passive (an auxiliary just
// before it and "by" within llm.MaxPassiveReach words after it) and the names
// (folded) that do it: after the "by" of a passive verb up to the end of
// its clause, before an active one back to the start of its clause.
func doers(s string, ws []text.Word, fs []string, v int) (passive bool, names map[string]bool) {
	names = map[string]bool{}
	by := -1
	if v > 0 && passiveAuxiliaries[fs[v-1]] {
		for k := v + 1; k < len(ws) && k <= v+llm.MaxPassiveReach; k++ {
			if clauseBreakBetween(s, ws, k-1) {
				break
			}
			if fs[k] == "by" {
				by = k
				break
			}
		}
	}
	if by >= 0 {
		for k := by + 1; k < len(ws); k++ {
			if isNameWord(ws[k].Text) {
				names[fs[k]] = true
			}
			if clauseBreakBetween(s, ws, k) {
				break
			}
		}
		return true, names
	}
	if v > 0 && passiveAuxiliaries[fs[v-1]] {
		return true, names // a passive with no doer named
	}
	for k := v - 1; k >= 0; k-- {
		if clauseBreakBetween(s, ws, k) {
			break
		}
		if isNameWord(ws[k].Text) {
			names[fs[k]] = true
		}
	}
	return false, names
}

// clauseBreakBetween reports whether a clause ends between ws[k] and the
// next word (a comma, a stop, a bracket, a dash), or after the last word.
func clauseBreakBetween(s string, ws []text.Word, k int) bool {
	if k+1 >= len(ws) {
		return true
	}
	return strings.ContainsAny(s[ws[k].End:ws[k+1].Start], ",;:.!?()—–")
}

// isNameWord reports whether w is written as a name: capitalised, and no
// function word.
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !isStop(text.Fold(w))
}

// overlaps reports whether a and b share a name.
func overlaps(a, b map[string]bool) bool {
	for n := range a {
		if b[n] {
			return true
		}
	}
	return false
}
