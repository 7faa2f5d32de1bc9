package claimcheck

// The words of a title the coverage gives its subject ("Global Compact",
// written "the global compact" too) are in most of its sentences: a
// sentence that shares only them with a claim is about the subject, not
// about what the claim says of it ("In September 2016, all 193 UN member
// states … agreed to launch a process leading to the adoption of a global
// compact" is not on "the global compact was finalized … in july"). When
// a sentence's share of a claim's words decides that it tells the same
// event (and so that its month or day says otherwise), titledShare weighs
// each word of a title as titleWeight of a word.

// titleWeight is what a word of a title (claimWords.titles) counts for in
// titledShare: half, as holdsNamesLoosely asks half of a claim's titles.
// Lower makes a date of any sentence on the subject the event's less
// often; higher (1) counts the title as the event.
const titleWeight = 0.5

// titledShare is the share of the claim's content words that sentence s
// holds (as heldShare counts them), a word of a title weighing
// titleWeight.
func titledShare(cw claimWords, s sentence) float64 {
	var held, all float64
	for w := range cw.content {
		weight := 1.0
		if _, title := cw.titles[w]; title {
			weight = titleWeight
		}
		all += weight
		_, ok := s.words.content[w]
		_, acr := cw.acronyms[w]
		if ok || acr && acronymIn(w, s.cite.Quote) {
			held += weight
		}
	}
	if all == 0 {
		return 0
	}
	return held / all
}
