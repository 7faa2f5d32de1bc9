package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A claim can keep every word of its sentence and change who did it:
// "Rex Tillerson reversed course" against "Brian Hook, who represented
// Secretary of State Rex Tillerson at the principals' meeting, reversed
// course". The sentence names Tillerson only inside a relative clause
// (", who …,") that describes someone else; what follows the clause is
// said of that someone. A claim that opens with such a name and goes on
// with the words the sentence writes after the clause makes the wrong
// person the subject, and is removed.

// relativeWords open a relative clause after a comma.
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true}

// embeddedSubject reports whether the claim, words cw (folded cf), opens
// with a name that sentence writes only inside relative clauses, and goes
// on with a word that sentence writes after the first of them (see
// above).
func embeddedSubject(cw []text.Word, cf []string, sentence string) bool {
	if !strings.Contains(sentence, ", wh") {
		return false // no relative clause: most sentences
	}
	i := 0
	if i < len(cw) && stopwords[cf[i]] && !capitalisedName(cw[i].Text) {
		i++ // "The …"
	}
	j := i
	for j < len(cw) && (capitalisedName(cw[j].Text) || j > i && cf[j] == "of") {
		j++
	}
	if j == i {
		return false
	}
	surname := cf[j-1]
	next := ""
	for k, w := range cw[j:] {
		if f := cf[j+k]; contentWord(f) && !capitalised(w.Text) {
			next = stem(f)
			break
		}
	}
	if next == "" {
		return false
	}
	sw := text.Words(sentence)
	inClause := make([]bool, len(sw))
	for k := 1; k < len(sw); k++ {
		if !relativeWords[text.Fold(sw[k].Text)] || !strings.Contains(sentence[sw[k-1].End:sw[k].Start], ",") {
			continue
		}
		for m := k; m < len(sw); m++ {
			if m > k && strings.ContainsAny(sentence[sw[m-1].End:sw[m].Start], ",;") {
				break
			}
			inClause[m] = true
		}
	}
	named, after := false, false
	for k, w := range sw {
		f := text.Fold(w.Text)
		if f == surname {
			if !inClause[k] {
				return false // the sentence names them outside a clause too
			}
			named = true
			continue
		}
		if named && !inClause[k] && contentWord(f) && stem(f) == next {
			after = true
		}
	}
	return named && after
}

// capitalisedName reports whether a word is capitalised and no function
// word.
func capitalisedName(w string) bool {
	return capitalised(w) && !stopwords[text.Fold(w)]
}
