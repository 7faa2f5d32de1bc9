package answer

import "strings"

// A "when" question answered by the time of another act. "When did Nikki
// Haley resign as UN ambassador?" (the articles never tell) was answered
// by "Ambassador Nikki Haley wanted the United States to stay in the …
// treaty which is being advanced by a … conference in Mexico on Monday,
// December 4": the names and "ambassador" cover enough of the question,
// and a sentence holding a time passes the gate of the kind asked and the
// absent-fact gate (asksAbsentFact), whatever act the time is of. The
// ranking already counts such a time for less (otherActShare); as a gate,
// a sentence whose every time is of another act (timeOfAct) answers
// "when" only if it or its context tells the act asked: one of the
// question's verbs (questionVerbs), by its stem or a word related in
// meaning. A verb the sentence says in other words ("quit" for "pull
// out") is related by the vectors; a sentence that tells no such act
// gives the time of something else.

// datesAnotherAct reports whether best, chosen to answer the "when"
// question own (its words asked, its bar), gives only times of other acts
// than the one asked and tells none of the question's verbs.
func (e *Extractive) datesAnotherAct(own string, asked map[string]bool, bar answerBar, best sentence) bool {
	if askedKind(own) != kindTime {
		return false
	}
	verbs := map[string]bool{}
	for _, v := range questionVerbs(own) {
		verbs[v] = true
	}
	var acts []qterm
	for _, t := range bar.terms {
		if !t.Name && !t.Number && bar.ownStems[t.Stem] && verbs[strings.ToLower(t.Word)] {
			acts = append(acts, t)
		}
	}
	if len(acts) == 0 {
		return false // no verb of the question is a term ("When was it?")
	}
	for _, t := range acts {
		if o, c, r, _ := coverOf([]qterm{t}, best, bar.soft); o+c+r > 0 {
			return false
		}
	}
	return true
}
