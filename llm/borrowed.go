package llm

import (
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
	var ws []text.Word
	var folded []string
	for _, s := range a.stems {
		if !s.plain || !pastVerb(s, a.lang, a.echo) {
			continue
		}
		if ws == nil {
			ws = text.Words(a.text)
			folded = make([]string, len(ws))
			for i, w := range ws {
				folded[i] = text.Fold(w.Text)
			}
		}
		subject := a.namesBefore(folded, s.s)
		if len(subject) == 0 {
			continue
		}
		held, other := false, false
		for i := range src.sents {
			st := &src.sents[i]
			if !st.hasStem(s, a.lang) {
				continue
			}
			if st.pron && pronounBefore(st, s, a.lang) || a.namesAny(subject, src, st) {
				held = true
				break
			}
			other = other || namesSomeone(st)
		}
		if !held && other {
			return true
		}
	}
	return false
}

// namesBefore returns the claim's names written before the first word of
// stem verb.
func (a analysis) namesBefore(folded []string, verb string) []fact {
	var out []fact
	for _, w := range folded {
		if contentWord(w) && stem(w) == verb {
			return out
		}
		for _, f := range a.facts {
			if f.isName() && (f.folded == w || f.written == w) {
				out = append(out, f)
			}
		}
	}
	return nil
}

// namesAny reports whether the sentence st of src holds one of the names:
// among its words, by the article's title for it ("the president" for
// Trump), or by its stem ("Mexican" for "Mexico").
func (a analysis) namesAny(names []fact, src *source, st *sentence) bool {
	titles := a.names(src.p.Doc).titles
	for _, f := range names {
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
// back ("she", "it", "their") before its word of stem s: "She was
// ultimately overruled", whose subject may be the claim's "Haley"; not
// "The State Department initially opposed the withdrawal, but its policy
// planning chief…", whose pronoun comes after the verb.
func pronounBefore(st *sentence, s claimStem, lang string) bool {
	for _, w := range text.Words(st.text) {
		f := text.Fold(w.Text)
		if subjectPronouns[f] {
			return true
		}
		if stem(f) == s.s || lang == string(text.English) && len(f) >= minSnowballWord && text.Stem(text.English, f) == text.Stem(text.English, s.word) {
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
// (a capital there is grammar).
func namesSomeone(st *sentence) bool {
	for _, f := range facts(st.text, true, nil) {
		if f.isName() {
			return true
		}
	}
	return false
}
