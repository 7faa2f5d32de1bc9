package retrieval

import (
	"slices"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// A question's interrogatives of time and quantity, "how many"'s
// quantifier and the prepositions the stop lists lack are no terms of a question in German, French, Spanish,
// Portuguese or Italian; the words the question is about stay, and an
// article's text is analysed as before.
func TestQuestionWordsDropped(t *testing.T) {
	an := NewAnalyzer()
	for _, c := range []struct {
		lang       text.Lang
		q          string
		gone, kept []string
	}{
		{text.German, "Bis wann sollte ein internationaler Konsens erreicht werden?", []string{"bis", "wann"}, []string{"konsens", "erreicht"}},
		{text.German, "Wie viel kostet ein Visum für die USA?", []string{"viel"}, []string{"kostet", "visum", "usa"}},
		{text.French, "Combien de pays ont adopté le pacte ?", []string{"combien"}, []string{"pays", "pacte"}},
		{text.Spanish, "¿Cuántos migrantes hay en el mundo?", []string{"cuántos"}, []string{"migrantes", "mundo"}},
		{text.Portuguese, "Quantos países apoiam o pacto?", []string{"quantos"}, []string{"países", "pacto"}},
		// The prepositions the stop lists lack.
		{text.French, "Combien de pays ont adopté le pacte à Marrakech ?", []string{"à"}, []string{"adopté", "marrakech"}},
		{text.German, "Wie viele Staaten waren in Marrakesch?", []string{"in"}, []string{"staaten", "marrakesch"}},
		{text.Spanish, "¿A qué organismo acusó Estados Unidos?", []string{"a"}, []string{"organismo", "estados"}},
		// The interrogatives of cause stay (answer/foreignwhy.go reads them).
		{text.German, "Warum ziehen sich die USA zurück?", nil, []string{"warum", "ziehen"}},
	} {
		var words []string
		for _, tm := range an.questionTermsIn(c.lang, c.q) {
			words = append(words, tm.Word)
		}
		for _, w := range c.gone {
			if slices.Contains(words, w) {
				t.Errorf("%q: %q is still a term: %v", c.q, w, words)
			}
		}
		for _, w := range c.kept {
			if !slices.Contains(words, w) {
				t.Errorf("%q: %q was dropped: %v", c.q, w, words)
			}
		}
	}
	// An article's "viele Flüchtlinge" is analysed as before.
	var article []string
	for _, tm := range an.TermsIn(text.German, "Länder, die viele Flüchtlinge aufnehmen") {
		article = append(article, tm.Word)
	}
	if !slices.Contains(article, "viele") {
		t.Errorf("article text lost a word: %v", article)
	}
}
