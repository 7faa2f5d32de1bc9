package llm

import "regexp"

// A model often opens a claim by naming where it comes from: "Paragraph 7
// says that…", "According to the article, …", "El párrafo 2 dice que…".
// The paragraph's number and the word "article" are not facts the cited
// sentence must hold; what follows is the claim.

// sourceLeadRe matches such an opening, in the languages the check knows.
var sourceLeadRe = regexp.MustCompile(`(?i)^\s*(?:` +
	`(?:according to|per|as stated in|as)\s+(?:the\s+)?(?:article|story|report|text|paragraph\s*\d+|¶\s*\d+)(?:\s+(?:says|states|reports|notes))?` +
	`|(?:the\s+|el\s+|le\s+|der\s+)?(?:paragraph|para\.?|párrafo|parrafo|paragraphe|absatz|¶)\s*\d+(?:\s+of the article)?` +
	`(?:\s+(?:says|states|notes|reports|explains|adds|dice|indica|dit|indique|sagt|besagt))?(?:\s+(?:that|que|qu'|dass))?` +
	`|(?:the\s+)?(?:article|story|report)\s+(?:says|states|reports|notes)(?:\s+that)?` +
	`)\s*[:,]?\s*`)

// trimSourceLead removes such an opening from a claim; a claim that is
// nothing else is left as it is.
func trimSourceLead(claim string) string {
	loc := sourceLeadRe.FindStringIndex(claim)
	if loc == nil || loc[1] == len(claim) {
		return claim
	}
	return claim[loc[1]:]
}
