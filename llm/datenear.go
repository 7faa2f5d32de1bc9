package llm

import "github.com/footnote-bot/footnote/text"

// A sentence may give two dates of one kind to two events: "Trump made
// the decision on Friday — … — and just days before the Mexican government
// is scheduled Monday to host a three-day meeting", "all 193 U.N. member
// states in September 2016 … adopted a declaration …, and agreed to launch
// a process leading to the adoption of a global compact in 2018". A claim
// that takes one event's words and the other's date ("The meeting was
// scheduled to end on Friday", "Trump made the decision on Monday", "The
// global compact was adopted in September 2016") had every fact and enough
// words in the sentence, and was shown in both forms.
//
// dateMisplaced removes such a claim: each of the claim's words in the
// sentence belongs to the date of a kind the claim gives (a weekday, a
// month, a year; see dateOf) that is nearest to it there, in words. A
// claim none of whose words is nearest to its own date, while at least
// minWordsAtOtherDate of them are nearest to another date of that kind,
// ties its date to the other date's event. The gapped clauses of
// gapSwapped ("Hungary withdrew in July and Austria in October") are a
// case of it with names; this one reads any words, by distance only.

// minWordsAtOtherDate is how many of the claim's words must sit nearest to
// another date of the sentence, with none at the claim's own, for the
// claim to take that date's event: one word is too often a word of the
// whole sentence that happens to stand nearer the other date ("days" of
// "just days before … Monday" for a claim on Friday's decision); more
// would let through the probes above that share two words with the other
// event ("meeting", "scheduled").
const minWordsAtOtherDate = 2

// dateMisplaced reports whether the claim gives a date of the sentence st
// to what the sentence says at another date of that kind (see above).
func (a analysis) dateMisplaced(st *sentence) bool {
	var claimDates map[dateKind]map[string]bool
	for _, f := range a.facts {
		k, key := dateOf(englishDate(f))
		if k == noDate || !f.in(st.words) {
			continue
		}
		if claimDates == nil {
			claimDates = map[dateKind]map[string]bool{}
		}
		if claimDates[k] == nil {
			claimDates[k] = map[string]bool{}
		}
		claimDates[k][key] = true
	}
	if claimDates == nil || !otherDateIn(st.words, claimDates) {
		return false // cheap: no other date of a kind the claim gives
	}
	// The anchors: the positions of the sentence's dates of the claim's
	// kinds, each the claim's own (true) or another (false).
	ws := text.Words(st.text)
	type anchor struct {
		at  int
		own bool
	}
	var anchors []anchor
	stems := make([]string, len(ws))
	for i, w := range ws {
		f := text.Fold(w.Text)
		if k, key := dateOf(f); k != noDate && claimDates[k] != nil {
			anchors = append(anchors, anchor{i, claimDates[k][key]})
			continue
		}
		if contentWord(f) {
			stems[i] = stem(f)
		}
	}
	// owner returns 1 when position i is nearest to the claim's dates, 2
	// when nearest to another, 0 on a tie.
	owner := func(i int) int {
		bestOwn, bestOther := len(ws), len(ws)
		for _, an := range anchors {
			d := max(an.at-i, i-an.at)
			if an.own {
				bestOwn = min(bestOwn, d)
			} else {
				bestOther = min(bestOther, d)
			}
		}
		switch {
		case bestOwn < bestOther:
			return 1
		case bestOther < bestOwn:
			return 2
		}
		return 0
	}
	own, other := 0, 0
	for _, cs := range a.stems {
		seen := 0 // bit 1: nearest the claim's date somewhere; bit 2: another's
		for i, s := range stems {
			if s == cs.s {
				seen |= owner(i)
			}
		}
		switch seen {
		case 1:
			own++
		case 2:
			other++
		}
	}
	return own == 0 && other >= minWordsAtOtherDate
}

// otherDateIn reports whether words (a sentence's, folded) hold a date of
// a kind in dates that is not among them.
func otherDateIn(words map[string]struct{}, dates map[dateKind]map[string]bool) bool {
	for w := range words {
		if k, key := dateOf(w); k != noDate && dates[k] != nil && !dates[k][key] {
			return true
		}
	}
	return false
}
