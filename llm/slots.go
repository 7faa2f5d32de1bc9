package llm

// SlotMates returns the words of seq (folded) that stand where the word w
// stands in claim (folded): each with the same content word, or the same
// two words, just before or just after it (see slotMates). The claim
// check reads the opposite of a claim's word in its place with it.
func SlotMates(claim []string, w string, seq []string) []string { return slotMates(claim, w, seq) }
