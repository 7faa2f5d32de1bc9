package llm

// An inline claim is checked against its whole cited paragraph
// (analysis.supports): at least half of its plain words must be in the
// paragraph. A structured claim is checked against the sentences its quote
// was found in (agreement): a third of its plain words must be there, with
// every fact, its negation, its verbs in the past and the other sentence
// checks held to those sentences. The half loses, in the inline form only,
// true claims the structured form keeps: "The conference took place in
// Puerto Vallarta, Mexico" and "… the conference in Puerto Vallarta was due
// to start on Monday" against ¶1's "a global conference on migration
// scheduled to begin Monday in Puerto Vallarta, Mexico" ("took place",
// "due to start" are not its words).
//
// sentenceSupport holds such a claim to what its structured form would
// be held to had the model quoted one sentence of the paragraph: a
// sentence that holds every fact of the claim (a name, number or date;
// at least one) and with which agreement finds the claim agreeing. A
// claim without a fact is left to the half: "The meeting ended in
// agreement" shares two of its three words with "The meeting ended in
// deadlock", and nothing else anchors it. A third lets a changed deed
// through when its sentence has the claim's names and one more of its
// words ("Trump wanted to boycott the Senate's tax bill" against ¶2's
// "Trump made the decision on Friday — a day dominated by Senate
// negotiations on a landmark tax bill"): a word of the claim of a polarity
// class (leaving, staying, backing, opposing, approving…) must have one of
// its class in the sentence (polarityHeld, as for a translation).
func (a analysis) sentenceSupport(src *source, ev *evidence) (string, bool) {
	if len(a.facts) == 0 || a.known != nil || a.part || a.turnsAroundIn(src) {
		return "", false
	}
	for i := range src.sents {
		st := &src.sents[i]
		if !src.quotable(i) || !a.factsIn(st) {
			continue
		}
		if polarityHeld(a.folded, []*sentence{st}) && a.agreement(src, []int{i}, ev, 0) == agrees {
			return st.text, true
		}
	}
	return "", false
}

// factsIn reports whether every fact of the claim is among the words of
// st, or is a name the article writes another way there (see nameIn).
func (a analysis) factsIn(st *sentence) bool {
	for _, f := range a.facts {
		if !f.in(st.words) {
			return false
		}
	}
	return true
}
