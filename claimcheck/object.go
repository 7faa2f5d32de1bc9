package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A word of staying or leaving turns a claim around only about what it
// governs: "providing support to migrant and refugee populations" says
// nothing against "the United States pulled out of the migration talks",
// nor "the United States supports international cooperation on
// migration issues" against "pulled out of the migration compact",
// though both sentences share the claim's subject and take the other
// stance. What a stance word governs is read without a parse, as the
// words that follow it: after the function words that open its object
// ("out of the", "to", "in the"), the content words that stand together
// up to the next function word or punctuation ("migrant", "international
// cooperation", "global compact"; "non-binding migration agreement").

// objectWords is how many content words at most make a stance word's
// object: a noun and the words that qualify it ("non-binding migration
// agreement"). More reaches into the next phrase; chosen as the longest
// such run in the coverage's stance sentences read for this rule.
const objectWords = 4

// objectOf returns the folded content words of the object of word i of s
// (ws are text.Words(s)): nil when none follows in its clause, as after
// "Hungary will quit." or "withdrew, saying…".
func objectOf(s string, ws []text.Word, i int) []string {
	var out []string
	for k := i + 1; k < len(ws); k++ {
		if strings.ContainsAny(s[ws[k-1].End:ws[k].Start], ",;:.!?()—–\"“”") {
			break
		}
		f := text.Fold(ws[k].Text)
		if !isContent(f) {
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append(out, f)
		if len(out) == objectWords {
			break
		}
	}
	return out
}

// governsClaimWord reports whether some word of quote at the indexes at
// (its words of one stance) has no object of its own, or one that holds
// a content word of the claim by its Snowball stem: a stance about
// something the claim does not name is no stance against it.
func governsClaimWord(claim, quote string, lang text.Lang, at []int) bool {
	stems := map[string]bool{}
	for _, w := range text.Words(claim) {
		if f := text.Fold(w.Text); isContent(f) {
			stems[text.Stem(lang, f)] = true
		}
	}
	ws := text.Words(quote)
	for _, i := range at {
		obj := objectOf(quote, ws, i)
		if len(obj) == 0 {
			return true
		}
		for _, f := range obj {
			if stems[text.Stem(lang, f)] {
				return true
			}
		}
	}
	return false
}

// reversesStanceOn reports whether the quote takes the other stance than
// the claim (as reversesStance) by a word that governs what the claim is
// about (governsClaimWord); each text's stance words are read once.
func reversesStanceOn(claim, quote string, lang text.Lang) bool {
	cs, cl := stanceWords(claim)
	qs, ql := stanceWords(quote)
	switch {
	case len(cs) > 0 && len(cl) == 0 && len(ql) > 0 && len(qs) == 0:
		return governsClaimWord(claim, quote, lang, ql)
	case len(cl) > 0 && len(cs) == 0 && len(qs) > 0 && len(ql) == 0:
		return governsClaimWord(claim, quote, lang, qs)
	}
	return false
}
