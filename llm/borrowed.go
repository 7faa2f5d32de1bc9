package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// borrowsVerb reports whether an inline claim takes a verb in the past (see
// pastVerb) from a sentence of src about other people: every sentence of
// the paragraph with that verb names someone, none of them names one of
// the claim's names written before the verb (its subject side), and none
// speaks, before the verb, of someone named before by a pronoun. "Kelly and Sessions
// strongly opposed a pullout" against ¶5 of the fixture, whose sentence
// about Kelly and Sessions says "backed" and whose next sentence says
// "The State Department initially opposed the withdrawal".
//
// The rule judges the verb by the sentence that holds it, not by the
// supporting sentence picked by shared words: a true claim whose words
// are mostly in one sentence and whose verb is in the next one about the
// same person ("Miller …; Miller led…", "Haley …. She was overruled…")
// keeps it. A claim with no name before its verb ("The compact was
// finalized…") is not judged: nothing says whose deed it is.
func (a analysis) borrowsVerb(src *source) bool {
	if len(a.facts) == 0 || src.isHeader() {
		return false
	}
	for _, s := range a.stems {
		if !s.plain || !pastVerb(s, a.lang, a.echo, a.rel) {
			continue
		}
		subject := a.verbAt(s.s)
		if !a.namesBefore(subject) {
			continue
		}
		// The verb's sentences by its first letters first; by its
		// Snowball stem ("ended" in "would end", see hasStem) only to
		// confirm a borrowing, since reading every sentence's stems
		// costs most of this.
		if a.borrowedFrom(src, s, subject, false) && a.borrowedFrom(src, s, subject, true) {
			return true
		}
	}
	return false
}

// borrowedFrom reports whether the sentences of src with the claim's verb
// s (by its stem, or with snowball by hasStem too) hold none of the names
// the claim writes before it (its words up to subject), refer to none by
// a pronoun before it, and some name someone.
func (a analysis) borrowedFrom(src *source, s claimStem, subject int, snowball bool) bool {
	other := false
	for i := range src.sents {
		st := &src.sents[i]
		if _, ok := st.stems[s.s]; !ok && (!snowball || !st.hasStem(s, a.lang)) {
			continue
		}
		if a.namesAny(subject, src, st) || st.pron && pronounBefore(st, s) {
			return false
		}
		other = other || namesSomeone(st)
	}
	return other
}

// verbAt returns the index among the claim's words of its first word of
// stem verb (len(a.folded) if none).
func (a analysis) verbAt(verb string) int {
	for i, w := range a.folded {
		if stem(w) == verb && contentWord(w) {
			return i
		}
	}
	return len(a.folded)
}

// namesBefore reports whether one of the claim's words before index end
// is one of its names.
func (a analysis) namesBefore(end int) bool {
	for _, f := range a.facts {
		if f.isName() && a.writesBefore(f, end) {
			return true
		}
	}
	return false
}

// writesBefore reports whether the claim writes the name f (its way)
// among its words before index end.
func (a analysis) writesBefore(f fact, end int) bool {
	for _, w := range a.folded[:end] {
		if w == f.folded || f.written != "" && w == f.written {
			return true
		}
	}
	return false
}

// namesAny reports whether the sentence st of src holds one of the names
// the claim writes before its word at index end: among its words, by the
// article's title for it ("the president" for Trump), or by its stem
// ("Mexican" for "Mexico").
func (a analysis) namesAny(end int, src *source, st *sentence) bool {
	titles := a.names(src.p.Doc).titles
	for _, f := range a.facts {
		if !f.isName() || !a.writesBefore(f, end) {
			continue
		}
		if f.in(st.words) {
			return true
		}
		for title, name := range titles {
			if name == f.folded {
				if _, ok := st.words[title]; ok {
					return true
				}
			}
		}
		if len(f.folded) >= minNameStem {
			if _, ok := st.stems[stem(f.folded)]; ok {
				return true
			}
		}
	}
	return false
}

// pronounBefore reports whether the sentence has a pronoun that refers
// back ("she", "it") before its word of stem s: "She was ultimately
// overruled", whose subject may be the claim's "Haley"; not "The State
// Department initially opposed the withdrawal, but its policy planning
// chief…", whose pronoun comes after the verb and names someone else.
// Words are compared unfolded, case aside: pronouns and English verbs are
// ASCII.
func pronounBefore(st *sentence, s claimStem) bool {
	var snow string
	for _, w := range text.Words(st.text) {
		if len(w.Text) <= 4 && subjectPronouns[strings.ToLower(w.Text)] {
			return true
		}
		if len(w.Text) < minSnowballWord || !strings.EqualFold(w.Text[:1], s.word[:1]) {
			continue
		}
		if len(w.Text) >= len(s.s) && strings.EqualFold(w.Text[:len(s.s)], s.s) {
			return false
		}
		if snow == "" {
			snow = text.Stem(text.English, s.word)
		}
		if text.Stem(text.English, strings.ToLower(w.Text)) == snow {
			return false
		}
	}
	return false
}

// subjectPronouns are the English pronouns that can be a verb's subject
// and refer back to someone named before; a possessive ("its policy
// planning chief") names someone else.
var subjectPronouns = map[string]bool{"she": true, "he": true, "they": true, "it": true}

// namesSomeone reports whether a sentence has a name past its first word
// (a capital there is grammar: "Later, the adviser…" names no one).
func namesSomeone(st *sentence) bool {
	ws := text.Words(st.text)
	for i := 1; i < len(ws); i++ {
		if capitalised(ws[i].Text) {
			return true
		}
	}
	return false
}
