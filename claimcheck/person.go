package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim about where a person stood ("jeff sessions wanted the US to
// stay in the talks") is contradicted by a sentence that gives that person
// the other stance ("Attorney General Jeff Sessions strongly backed a
// pullout"), though the sentence shares little else with the claim: what
// the person did is told in the clause the person opens, up to its end or
// to a word of reporting ("Haley said Kelly backed a pullout" gives Haley
// no stance).

// personSubjectShare is the share of the claim's other words (names and
// words of stance aside) that the sentence, its paragraph or its article's
// headline must hold for the person's stance to be on the claim's subject:
// higher misses a sentence that says "a pullout" for "the talks", lower
// takes a stance on another matter for one on the claim's.
const personSubjectShare = 0.5

// personStance returns a sentence in the claim's language that names each
// of the claim's people (see persons) and gives them, in the clause they
// open, the other stance than the claim; only for a claim that takes one
// stance and negates nothing.
func (c *Checker) personStance(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	cs, cl := stance(claim)
	if cs == cl || isNegated(claim) {
		return footnote.Citation{}, false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	people := persons(cw)
	if len(people.names) == 0 {
		return footnote.Citation{}, false
	}
	for _, s := range ss {
		if s.otherLanguage(lang) || !holdsNames(people, s.words.content, s.cite.Quote) {
			continue
		}
		// The stance must be on what the claim is about: "The United
		// States is proud of … providing support to migrant and refugee
		// populations" does not stay in the talks (object.go).
		clause := personClause(people, s.cite.Quote)
		qs, ql := stance(clause)
		if !(cs && ql && !qs || cl && qs && !ql) || !reversesStanceOn(claim, clause, lang) || !c.onSubject(cw, s) {
			continue
		}
		return s.cite, true
	}
	return footnote.Citation{}, false
}

// persons returns cw with only its names that may be people's: neither
// acronyms ("US") nor words of titles ("Global Compact").
func persons(cw claimWords) claimWords {
	out := cw
	out.names = map[string]struct{}{}
	for n := range cw.names {
		_, acr := cw.acronyms[n]
		_, title := cw.titles[n]
		if !acr && !title {
			out.names[n] = struct{}{}
		}
	}
	return out
}

// personClause returns the words of quote from the first of people's
// names it holds (its last name, see surnameHeld) to the end of its
// clause (asides removed), or to a word of reporting, whose stance is the
// one the sentence gives that person; "" when it holds none, or for a name in a clause of what
// may happen.
func personClause(people claimWords, quote string) string {
	main := withoutAsides(quote)
	ws := text.Words(main)
	cond := inCondition(main, ws)
	for i, w := range ws {
		if _, named := people.names[stem(text.Fold(w.Text))]; !named {
			continue
		}
		if cond[i] {
			// "threatened to leave if Michel backed the accord": no
			// one's stance.
			return ""
		}
		end := len(main)
		for j := i + 1; j < len(ws); j++ {
			if clauseBreak(main[ws[j-1].End:ws[j].Start]) || strings.ContainsAny(main[ws[j-1].End:ws[j].Start], ".!?—–") || relatedness.Reports(text.Fold(ws[j].Text)) {
				end = ws[j-1].End
				break
			}
		}
		return main[w.Start:end]
	}
	return ""
}

// onSubject reports whether sentence s, with its paragraph and its
// article's headline, holds personSubjectShare of the claim's words that
// are neither names nor words of stance.
func (c *Checker) onSubject(cw claimWords, s sentence) bool {
	within := s.words.content
	if p, ok := c.paras.Paragraph(s.cite.Doc, s.cite.Paragraph); ok {
		within = wordsOf(p.Text, s.lang).content
	}
	if h, ok := c.paras.Paragraph(s.cite.Doc, 0); ok && s.cite.Paragraph > 0 {
		for w := range wordsOf(h.Text, s.lang).content {
			within[w] = struct{}{}
		}
	}
	others, held := 0, 0
	for w := range cw.content {
		_, named := cw.names[w]
		if named || relatedness.Stays(w) || relatedness.Leaves(w) || hasPrefix(w, refuseStems) {
			continue
		}
		others++
		_, ok := within[w]
		held += boolInt(ok)
	}
	return others > 0 && float64(held) >= personSubjectShare*float64(others)
}
