package llm

import "github.com/footnote-bot/footnote/text"

// A sentence can tell an act by its noun and its doer after "of": "King
// Philippe accepted the resignations of the N-VA's ministers after meeting
// Michel" says the ministers resigned, not Michel, yet every word of
// "Michel resigned as prime minister" is in it ("resignations" by stem,
// "Michel", "ministers"), and the actors check (actors.go) pairs verbs
// only. When a claim's verb in the regular past is, in the sentence, a noun
// of its stem followed by "of" and names, and the claim names who did it,
// one of those names must be among them: the act is theirs. A transitive
// verb's noun takes its object after "of" ("the adoption of the compact"):
// a claim that names that object ("the UN adopted the compact") has the
// name on its own side and is not judged.

// maxOfReach is how many words may stand between "of" and the first name
// after it ("of the N-VA's ministers"): further, the names belong to
// another phrase.
const maxOfReach = 2

// otherDoer reports whether sentence st of src tells one of the claim's
// acts by its noun with other doers after "of" than the claim's (see
// above). Claims in the language of English paragraphs only.
func (a analysis) otherDoer(src *source, st *sentence) bool {
	if a.acts == nil || a.known != nil || a.lang != string(text.English) {
		return false
	}
	var titles map[string]string
	var ck, sk []string
	for n, i := range a.acts.pivots {
		verb := a.acts.folded[i]
		for j := 0; j+1 < len(st.seq); j++ {
			w := st.seq[j]
			if w == verb || st.seq[j+1] != "of" || stem(w) != a.acts.stems[n] || regularPast(st.ws[j].Text) {
				continue
			}
			if sk == nil {
				// Read only for a sentence with such a noun.
				titles = a.titlesOf(src)
				ck = a.acts.keysFor(keyOf(src.p.Doc, titles), titles)
				sk = actorKeys(src.p.Text, st.ws, st.seq, titles)
			}
			doers := map[string]bool{}
			for k, gap := j+2, 0; k < len(st.seq); k++ {
				if sk[k] != "" {
					doers[sk[k]] = true
					continue
				}
				if len(doers) > 0 || gap >= maxOfReach {
					break
				}
				gap++
			}
			if len(doers) == 0 {
				continue
			}
			agents, patients := actorsAround(a.acts.s, a.acts.ws, ck, i)
			if len(agents) == 0 || crosses(patients, doers, nil) {
				continue
			}
			if !crosses(agents, doers, nil) {
				return true
			}
		}
	}
	return false
}
