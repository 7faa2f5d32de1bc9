package answer

// The second sentence that makes the best one needless.
//
// The best sentence is chosen among those that hold every name the
// question asks (see holdsAsked), and a second sentence is quoted for the
// question's words it leaves out (see secondSentence). When the best holds
// little but the names ("… said Louise Arbour … in closing remarks" for
// "According to Louise Arbour, on what basis should policy decisions be
// made?") and the second, from another paragraph, holds the names too and
// says what was asked, the answer cited both, and the first citation
// carried nothing of the answer. The second is then quoted alone: it holds
// every name and number asked, passes the gates the best passed, and
// covers, with its context, at least as much of the question's weight as
// the best does. No new constant.

// coveredBy is the weight of terms held by sentence s itself or, in a
// question that asks for one thing (not multi), its context: the measure
// by which secondSentence finds what the best leaves out (see bestHolds).
func coveredBy(terms []qterm, s sentence, multi bool) float64 {
	w := 0.0
	for _, t := range terms {
		if bestHolds(t, s, multi) {
			w += t.w
		}
	}
	return w
}

// secondSuffices reports whether sec, the second sentence chosen after
// best, answers by itself as much as best and sec together: it holds, like
// best, every name and number asked (held, see holdsAsked and speaks) and
// covers at least the weight best covers (see coveredBy). multi questions
// ask for several things, each of which may be told by another sentence:
// both are kept.
func secondSuffices(terms []qterm, multi bool, best, sec sentence, secHeld bool) bool {
	if multi || !secHeld {
		return false
	}
	return coveredBy(terms, sec, multi) >= coveredBy(terms, best, multi)
}
