package retrieval

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// questionWords are, per language, the question words the stop word lists
// of package text lack: interrogative adverbs, pronouns and determiners
// ("wann", "combien", "cuántos", "quais"), the quantifiers that ask a
// number with them ("wie viele", as English "many" and "much" in
// extraStopWords), and the prepositions that open a question of time
// ("bis wann", "seit wann", "depuis quand"); and the commonest
// prepositions the lists lack (French "à", "en", "y", Spanish and Italian
// "a", German "in", "ins"), which every question of place or time holds
// ("adopté le pacte … à Marrakech": unmatched by an English page, "à"
// weighed more than "adopté"). A closed class of each grammar, folded
// (accents removed: users often type without them).
//
// Left in a question they are its rarest words: film subtitles (Zipf,
// English) never use them, so an unmatched "wann" weighed as much as a
// name and lowered every sentence's share of the question (false
// refusals), and "viel" of "Wie viel kostet ein Visum …?" matched an
// article's "viele Flüchtlinge" (an out-of-scope question answered).
// The interrogatives of cause ("warum", "pourquoi", "por qué") are left
// in: answer/foreignwhy.go reads them, and the choice between a headline
// that restates a "why" question and the sentence that gives the reason
// was tuned with them counted (dropping them quoted the headline of
// "Warum ziehen sich die USA zurück?" instead of the reason).
// They are dropped from questions only (Index.Terms, Index.Stems): the
// articles are indexed as before, so no stored index changes.
var questionWords = func() map[text.Lang]map[string]bool {
	lists := map[text.Lang]string{
		text.German:     `wann woher wohin womit wofur woruber wem wen wessen wieviel wieviele viel viele vielen bis seit in ins`,
		text.French:     `quand combien comment quel quelle quels quelles lequel laquelle lesquels lesquelles depuis a en y`,
		text.Spanish:    `cuanto cuanta cuantos cuantas cuales quienes a`,
		text.Portuguese: `quanto quanta quantos quantas quais`,
		text.Italian:    `quanto quanta quanti quante quali cosa fino a ad`,
	}
	m := map[text.Lang]map[string]bool{}
	for lang, list := range lists {
		set := map[string]bool{}
		for _, w := range strings.Fields(list) {
			set[w] = true
		}
		m[lang] = set
	}
	return m
}()

// isQuestionWord reports whether the lowercase word is one of lang's
// questionWords.
func isQuestionWord(lang text.Lang, lower string) bool {
	set := questionWords[lang]
	return set != nil && set[text.Fold(lower)]
}

// questionTermsIn is TermsIn for a question: lang's question words
// dropped as well (see questionWords).
func (a *Analyzer) questionTermsIn(lang text.Lang, s string) []Term {
	ts := a.TermsIn(lang, s)
	if questionWords[lang] == nil {
		return ts
	}
	out := ts[:0:0]
	for _, t := range ts {
		if t.Number || !isQuestionWord(lang, t.Word) {
			out = append(out, t)
		}
	}
	return out
}
