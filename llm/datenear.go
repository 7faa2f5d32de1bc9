package llm

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
	// The claim's dates the sentence holds, by kind and form; a claim has
	// few, so a slice.
	type date struct {
		kind dateKind
		key  string
	}
	var claimDates []date
	for _, f := range a.facts {
		if k, key := dateOf(englishDate(f)); k != noDate && f.in(st.words) {
			claimDates = append(claimDates, date{k, key})
		}
	}
	if len(claimDates) == 0 {
		return false
	}
	// classify is 0 for a word that is no date of a kind the claim gives,
	// 1 for one of the claim's dates, 2 for another.
	classify := func(f string) int {
		k, key := dateOf(f)
		if k == noDate {
			return 0
		}
		kind := false
		for _, d := range claimDates {
			if d.kind == k {
				if d.key == key {
					return 1
				}
				kind = true
			}
		}
		if kind {
			return 2
		}
		return 0
	}
	other := false
	for w := range st.words {
		if classify(w) == 2 {
			other = true
			break
		}
	}
	if !other {
		return false // cheap: no other date of a kind the claim gives
	}
	// The anchors: the positions of the sentence's dates of the claim's
	// kinds, each the claim's own (true) or another (false).
	seq := st.sequence()
	type anchor struct {
		at  int
		own bool
	}
	var anchors []anchor
	stems := make([]string, len(seq))
	for i, f := range seq {
		if c := classify(f); c != 0 {
			anchors = append(anchors, anchor{i, c == 1})
			continue
		}
		if contentWord(f) {
			stems[i] = stem(f)
		}
	}
	// owner returns 1 when position i is nearest to the claim's dates, 2
	// when nearest to another, 0 on a tie.
	owner := func(i int) int {
		bestOwn, bestOther := len(seq), len(seq)
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
	own, others := 0, 0
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
			others++
		}
	}
	return own == 0 && others >= minWordsAtOtherDate
}
