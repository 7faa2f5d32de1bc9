package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// turnedAround reports whether quote says the opposite of claim, a claim
// that negates nothing: it takes the other stance ("stay" against "quit",
// "would sign" against "won't sign"), judges the other way ("praised"
// against "condemned"), or negates one of the claim's own words ("will
// support" against "will not support", "is legally binding" against
// "is not legally binding").
func turnedAround(claim, quote string, lang text.Lang) bool {
	return reversesStanceOn(claim, quote, lang) || reversesJudgement(claim, quote) || negatesWordOf(claim, quote, lang)
}

// leavesAgainstStay reports whether the claim stays and the quote refuses
// or denies a word of staying ("would not be joining the pact, set to be
// signed"), whatever else it says: such a sentence backs no claim that
// one joins or signs.
func leavesAgainstStay(claim, quote string) bool {
	cs, cl := stance(claim)
	if !cs || cl {
		return false
	}
	ws := text.Words(quote)
	for i, w := range ws {
		if relatedness.Stays(text.Fold(w.Text)) && (endedAt(ws, i) || negatedAt(quote, ws, i)) {
			return true
		}
	}
	return false
}

// stanceMissing reports whether the claim takes a stance (stays or
// leaves, refuses) and the quote takes none: "rejected the compact" is
// not backed by "endorsed the compact", whatever else they share.
func stanceMissing(claim, quote string) bool {
	cs, cl := stance(claim)
	qs, ql := stance(quote)
	return cl && !cs && !ql || cs && !cl && !qs
}

// negatesWordOf reports whether quote negates a word that stems as one
// of the claim's content words, where the claim negates nothing. (A word of refusing counts only before
// a word of staying, see stance: "a rejection of the pact" says nothing
// against "rejected the pact".)
func negatesWordOf(claim, quote string, lang text.Lang) bool {
	if isNegated(claim) {
		return false
	}
	// Snowball stems: five letters take "compatible" for "compact".
	stems := map[string]bool{}
	for _, w := range text.Words(claim) {
		if f := text.Fold(w.Text); isContent(f) {
			stems[text.Stem(lang, f)] = true
		}
	}
	ws := text.Words(quote)
	for j := range ws {
		if !negationAt(quote, ws, j) && (lang != text.English || !preventedAt(ws, j)) {
			continue
		}
		// The word it negates: the first content word after it ("not
		// legally binding", "won't be joining"), not a later one ("not
		// compatible with US sovereignty").
		for k := j + 1; k < len(ws) && k <= j+endWindow; k++ {
			if f := text.Fold(ws[k].Text); isContent(f) {
				if stems[text.Stem(lang, f)] {
					return true
				}
				break
			}
		}
	}
	return false
}

// negationBefore reports whether a negation stands within endWindow
// words before word i of s; one joined to the next word by a hyphen
// ("non-binding") negates that word only.
func negationBefore(s string, ws []text.Word, i int) bool {
	for j := max(0, i-endWindow); j < i; j++ {
		if negationAt(s, ws, j) && (j == i-1 || !strings.HasPrefix(s[ws[j].End:], "-")) {
			return true
		}
	}
	return false
}

// opposite returns a sentence about the claim's subject, in the claim's
// language, that turns it around; only for a claim that negates nothing
// (a negated one is affirmation's).
func opposite(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	if isNegated(claim) {
		return footnote.Citation{}, false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	for _, s := range ss {
		if s.lang != lang && lang != text.Unknown && s.lang != text.Unknown {
			continue
		}
		q := s.cite.Quote
		// Joining and leaving at other times are two events: a
		// sentence dated otherwise turns the claim's stance around
		// only in the sentence that supports it.
		turned := reversesJudgement(claim, q) || negatesWordOf(claim, q, lang) || reversesStanceOn(claim, q, lang) && !datedOtherwise(claim, lang, s)
		if turned && (aboutSameThing(cw, lang, s) || aboutReferred(claim, cw, lang, s)) {
			return s.cite, true
		}
	}
	return footnote.Citation{}, false
}

// datedOtherwise reports whether sentence s names a weekday, or gives a
// day or a year (a number next to a month: "may" alone is a verb), that
// the claim, in language lang, does not.
func datedOtherwise(claim string, lang text.Lang, s sentence) bool {
	named := map[string]bool{}
	for _, w := range text.Words(claim) {
		named[text.Fold(w.Text)] = true
	}
	for _, w := range text.Words(s.cite.Quote) {
		if f := text.Fold(w.Text); isWeekday(f) && !named[f] {
			return true
		}
	}
	cq := quantities(claim, lang)
	for _, q := range quantities(s.cite.Quote, s.lang) {
		if (q.unit == unitDate || q.unit == unitYear) && !matches([]quantity{q}, cq) {
			return true
		}
	}
	return false
}
