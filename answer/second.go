package answer

// The second sentence of a question that one sentence doesn't answer.
const (
	// minRestShare is the share of the question's weight the best sentence
	// must leave unmatched before a second sentence is looked for: lower
	// adds sentences more often, and more that say nothing new.
	minRestShare = 0.3
	// minSecondCover is the share of that unmatched weight a second
	// sentence must cover to be quoted: lower quotes weaker second
	// sentences.
	minSecondCover = 0.45
	// secondRankPreference favours a second sentence from a better-ranked
	// passage, as a factor 1 + it/(rank+1).
	secondRankPreference = 0.05
)

// secondSentence chooses the sentence quoted after the best one (cands[bestI])
// for the question's terms that the best leaves out, when they carry at least
// minRestShare of its weight and a sentence holds at least minSecondCover of
// theirs. multi says the question asks for several things (see multiPart): a
// term only in the best sentence's context is then still left out. leans says
// the sentence before the best is quoted already (it is then no candidate).
//
// A term the best sentence holds as the kind of answer asked ("day" of "what
// day…", answered by "Monday") or written another way ("U.N." for "United
// Nations") is held, not left out. A second sentence that shares none of
// the question's terms with the best one is quoted only when it holds a
// left-out term that the best sentence has no related word for (see
// softMatcher) and, unless the question asks for several things (multi:
// each may be told by another article), is of the same article. Otherwise it shares with the question
// only a word the best sentence already says in other words, or is about
// another article's news, and uses the word about something else
// ("backed a pullout" for "what happened back in…", "so-called" for "what
// did Szijjarto call the pact", "pull out" of Trump's decision for "when
// did Austria pull out"). A second sentence about the same thing is kept
// ("the protection of migrants' human rights" of the same declaration).
func secondSentence(terms []qterm, total float64, multi bool, cands []sentence, bestI int, leans bool, soft softMatcher) (sentence, bool) {
	best := cands[bestI]
	var rest []qterm
	restW := 0.0
	for _, t := range terms {
		if !bestHolds(t, best, multi) && !(t.answers != kindAny && hasKind(t.answers, best.text, t.asked) || writtenOtherwise(t, best.stems, best.runs)) {
			rest = append(rest, t)
			restW += t.w
		}
	}
	if restW < minRestShare*total {
		return sentence{}, false
	}
	// inOtherWords marks (by their index in rest, up to 64) the left-out
	// terms the best sentence has a related word for.
	var inOtherWords uint64
	for i, t := range rest[:min(len(rest), 64)] {
		if !t.Name && !t.Number && soft.match(t.Word, best.words) > 0 {
			inOtherWords |= 1 << i
		}
	}
	secI, secScore := -1, 0.0
	for i, s := range cands {
		if i == bestI || (leans && s.doc == best.doc && s.n == best.n && s.idx == best.idx-1) {
			continue
		}
		if !sharesHeld(terms, best, s, multi) && !((multi || s.doc == best.doc) && holdsNew(rest, inOtherWords, s)) {
			continue
		}
		sc := 0.0
		for _, t := range rest {
			sc += t.w * matchIn(t, s.stems)
		}
		sc *= 1 + secondRankPreference/float64(s.rank+1)
		if sc > secScore {
			secI, secScore = i, sc
		}
	}
	if secI < 0 || secScore < minSecondCover*restW {
		return sentence{}, false
	}
	return cands[secI], true
}

// bestHolds reports whether the best sentence holds term t itself, or, in
// a question that asks for one thing (not multi), in its context.
func bestHolds(t qterm, best sentence, multi bool) bool {
	return matchIn(t, best.stems) > 0 || !multi && matchIn(t, best.ctx) > 0
}

// holdsNew reports whether sentence s holds a term of rest that the best
// sentence has no related word for (not marked in inOtherWords).
func holdsNew(rest []qterm, inOtherWords uint64, s sentence) bool {
	for i, t := range rest {
		if (i >= 64 || inOtherWords&(1<<i) == 0) && matchIn(t, s.stems) > 0 {
			return true
		}
	}
	return false
}

// sharesHeld reports whether sentence s holds itself one of the terms the
// best sentence holds (see bestHolds).
func sharesHeld(terms []qterm, best, s sentence, multi bool) bool {
	for _, t := range terms {
		if bestHolds(t, best, multi) && matchIn(t, s.stems) > 0 {
			return true
		}
	}
	return false
}
