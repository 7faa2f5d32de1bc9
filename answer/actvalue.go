package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A "when" question asks the time of an act, and a sentence that matches
// the question's words next to a time of another act does not give it:
// "In recent weeks, Miller led efforts to pull out of the migration talks"
// dates Miller's efforts (its predicate "led", its actor Miller), not when
// the US pulled out; "President Donald Trump has decided to boycott a
// global conference on migration scheduled to begin Monday" dates the
// conference's start. Which act a time is of is read as for a version's
// time (ofAct and ofPredicate: near a word of the question's act, and of
// the past verb nearest it in its clause or of a word of the act between
// them). The choice of sentence then
//   - gives typeBonus in full only to a time of the act asked, a share of
//     it to a vague span of it ("in recent weeks", vagueTimeShare) and to a
//     time of another act (otherActShare);
//   - when the sentence the words choose still gives no time of the act
//     asked, prefers one that does, in a clause naming the question's
//     whole actor, if it passes the refusal bar (preferAskedAct): the
//     expected answer outweighs words matched;
//   - quotes no second sentence that adds a time of another act (misdates).
// It only reorders the sentences that can answer (see pickPart).

// actPreference says how the times of a sentence stand to the act asked.
type actPreference int

const (
	timeOfOtherAct actPreference = iota // every time it gives is another act's
	timeVague                           // its time of the act is a vague span ("in recent weeks")
	timeOfAskedAct                      // it gives a time of the act asked
	timeUnjudged                        // its language is not the question's: not read word by word
)

// otherActShare is the share of typeBonus a sentence gains whose every
// time is of another act than the one asked: 0 counts it as holding no
// answer of the kind (the answer it gives is to another question); higher
// lets a time of any act pull the choice. The tune sets barely tell 0, 0.5
// and 1 apart; 0 trusts the reading of which act a time is of fully, and
// that reading is noisy where a verb says the act in other words
// ("slammed" for "condemn"): 0.5 keeps such answers and still lets a time
// of the act asked lead (measurements: notes/answering.md, "Which act a
// time is of").
const otherActShare = 0.5

// vagueTimeShare is the share of typeBonus a sentence gains whose only
// time of the act asked is a vague span ("in recent weeks", "in the coming
// months"): a weaker answer to "when" than a day, a date or "last week",
// and still one. Lower lets a sentence with a precise time of another
// act's words tie it; 1 treats both alike. No tune set tells 0, 0.5 and 1
// apart (each vague answer there is the only time of its act); 0.5 was set
// before measuring, halfway.
const vagueTimeShare = 0.5

// timeOfAct reports how the times sentence s gives stand to the act
// question ta asks about. A sentence in another language than the
// question's is not judged.
func (e *Extractive) timeOfAct(ta timeAsk, s sentence, named bool) actPreference {
	code := e.article(s.doc).Language
	if code != "" && ta.lang != "" && code != ta.lang {
		return timeUnjudged
	}
	toks := text.Tokens(s.text)
	if s.n == 0 && !e.saysAny(ta.act, nil, 0, code, toks) {
		// A line of the header ("Published by Reuters on July 18,
		// 2018") dates the report: the act asked only when it says it
		// ("When was the article published?"), not for naming the outlet.
		return timeOfOtherAct
	}
	from := datelineEnd(s.text)
	best := timeOfOtherAct
	for i := range toks {
		if ta.asked[strings.ToLower(toks[i].Text)] || !timeTokenAt(toks, i) {
			continue
		}
		if !(e.ofAct(ta, ta.action, nil, code, toks, from, i) || e.datesMainClause(ta, s.text, code, toks, from, i)) || !e.ofPredicate(ta, s.text, code, toks, i) ||
			(named && !(e.nearActor(ta, s, toks, i) && e.spanNamesAll(ta.actor, s))) {
			continue
		}
		if !vagueSpanAt(toks, i) {
			return timeOfAskedAct
		}
		best = timeVague
	}
	return best
}

// vagueSpanAt reports whether token i of toks is a unit of time in the
// plural after a modifier ("in recent weeks", "in the past months", "in
// the coming years"): a span with no point in it.
func vagueSpanAt(toks []text.Token, i int) bool {
	low := strings.ToLower(toks[i].Text)
	if !timeUnits[low] || !strings.HasSuffix(low, "s") || i == 0 {
		return false
	}
	return timeModifiers[strings.ToLower(toks[i-1].Text)]
}

// spanNamesAll reports whether sentence s itself (not its context) names
// every word of names (the question's actor, "Amnesty International"), by
// its stem or as initials, not by the last word of its run: one word of a
// run ("international") is said of others too.
func (e *Extractive) spanNamesAll(names []qterm, s sentence) bool {
	own := sentence{stems: s.stems, all: []string{s.text}}
	for _, t := range names {
		t.surname = "" // "Amnesty" is not held by "international" (see heldAsInitials)
		if matchIn(t, s.stems) == 0 && !heldAsInitials(t, own) {
			return false
		}
	}
	return true
}

// actPreferences returns, for a "when" question (own, its words asked,
// its bar), how the time of each candidate that may answer (see
// bestSentence's held) stands to the act asked, and what the question asks
// the time of; nil for other questions and for a question with no words of
// an act ("when?").
func (e *Extractive) actPreferences(own string, asked map[string]bool, want kind, bar answerBar, cands []sentence, held []bool, anyHeld bool) ([]actPreference, timeAsk) {
	if want != kindTime {
		return nil, timeAsk{}
	}
	ta := e.newTimeAsk(own, asked, bar)
	if len(ta.action) == 0 {
		return nil, ta
	}
	pref := make([]actPreference, len(cands))
	for i, s := range cands {
		if (anyHeld && !held[i]) || !hasKind(kindTime, s.text, asked) {
			continue
		}
		pref[i] = e.timeOfAct(ta, s, false)
	}
	return pref, ta
}

// kindShare is the share of typeBonus a sentence holding an answer of the
// kind asked gains (see actPreference): all of it when pref is nil.
func kindShare(pref []actPreference, i int) float64 {
	if pref == nil {
		return 1
	}
	switch pref[i] {
	case timeOfAskedAct, timeUnjudged:
		return 1
	case timeVague:
		return vagueTimeShare
	}
	return otherActShare
}

// preferAskedAct narrows held (the candidates that may answer, all when
// anyHeld is false) to those that pass the refusal bar by themselves and
// their context (minCoverage) and give a time of the act asked (pref) in a
// clause naming the question's whole actor (see nearActor and
// spanNamesAll: the stronger evidence a versions' rival needs, asked of a
// sentence that would replace the one the words chose), when there are
// any, and returns the new anyHeld. A sentence that matches every word of
// "When did the US pull out of the migration talks?" but dates Miller's
// efforts loses to "On Saturday, the U.S. mission … informed … Guterres
// that it was ending its participation", which gives the time of the act
// asked. The bar keeps a sentence that merely holds a time near a word of
// the question out. With no such sentence nothing changes.
func (e *Extractive) preferAskedAct(ta timeAsk, total float64, cands []sentence, held []bool, anyHeld bool, pref []actPreference, covers *coverMemo) bool {
	ok := make([]bool, len(cands))
	found := false
	for i, s := range cands {
		if (anyHeld && !held[i]) || pref[i] != timeOfAskedAct {
			continue
		}
		if o, c, r, _ := covers.of(i); (o+c+r)/total >= minCoverage && e.timeOfAct(ta, s, true) == timeOfAskedAct {
			ok[i], found = true, true
		}
	}
	if !found {
		return anyHeld
	}
	copy(held, ok)
	return true
}

// misdates reports whether sec, a second sentence quoted for the words the
// best one (cands[bestI]) leaves out, would give a time of another act, or
// a vague one, beside the best sentence's time of the act asked: "On
// Saturday, the U.S. mission … informed …" answers when the US pulled out,
// and "In recent weeks, Miller led efforts to pull out of the migration
// talks", though it holds the words left out, reads as a second answer.
func misdates(pref []actPreference, cands []sentence, bestI int, sec sentence) bool {
	if pref == nil || pref[bestI] != timeOfAskedAct {
		return false
	}
	for i, s := range cands {
		if s.doc == sec.doc && s.n == sec.n && s.idx == sec.idx {
			return hasKindTime(s) && (pref[i] == timeOfOtherAct || pref[i] == timeVague)
		}
	}
	return false
}

// hasKindTime reports whether s holds a time (see timeTokenAt).
func hasKindTime(s sentence) bool {
	toks := text.Tokens(s.text)
	for i := range toks {
		if timeTokenAt(toks, i) {
			return true
		}
	}
	return false
}
