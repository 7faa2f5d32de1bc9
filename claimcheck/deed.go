package claimcheck

// holdsDeed reports whether sentence s holds one of the claim's words that
// say what happened (cw.content other than its names, titles and
// acronyms), when it has any: a sentence that shares only the claim's
// names and titles ("In September 2016, … adopted a declaration … leading
// to the adoption of a global compact" against "the global compact was
// finalized under un auspices in july") tells another event of them, and
// its month is no other side of the claim's.
func holdsDeed(cw claimWords, s sentence) bool {
	deeds := 0
	for w := range cw.content {
		_, named := cw.names[w]
		_, title := cw.titles[w]
		_, acronym := cw.acronyms[w]
		if named || title || acronym {
			continue
		}
		deeds++
		if _, ok := s.words.content[w]; ok {
			return true
		}
	}
	return deeds == 0
}
