package llm

import "github.com/footnote-bot/footnote/relatedness"

// Words of one polarity class count as saying each other only from a
// cosine of relatedness.MinSameClass: the approving words ("praised",
// "welcomed") and the staying ones ("joined", "remained", "signed",
// "supported") name different deeds. The leaving words name one deed, a
// country or a person ceasing to take part, in the few ways the articles
// write it ("withdrew", "pulled out", "quit", "ditched", "a pullout",
// "the withdrawal", "ending its participation" aside), and the vectors
// put them far apart ("left"/"quit" 0.47, "leave"/"pullout" 0.36): "Jeff
// Sessions and John Kelly wanted to leave" quoting "Attorney General Jeff
// Sessions strongly backed a pullout" was removed. A leaving word of the
// claim counts as said by any leaving word of its sentences, whatever
// their cosine; what was left (the talks, the pact, the meeting) is still
// held to the claim's other words, and a negation on either side still
// parts them (classSaid). "boycotted" is a leaving word too: not taking
// part in a meeting, which is how the articles use it.
func leavingPair(claimWord, w string) bool {
	return relatedness.ClassOf(claimWord) == relatedness.Leaving && relatedness.ClassOf(w) == relatedness.Leaving
}
