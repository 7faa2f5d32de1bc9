package answer

import (
	"strings"
	"testing"
)

// Questions in German and French over the mixed coverage: their
// interrogatives are no terms (retrieval/interrogatives.go) and their words
// the articles lack weigh foreignRarity. "Combien de pays ont adopté le
// pacte ?" was refused ("combien", unmatched, weighed as a rare word); a
// German "why" still quotes the reason, not the headline that restates
// the question.
func TestForeignQuestionWeights(t *testing.T) {
	e, _ := newExtractiveOn(t, testMixed)
	ask := asker(t, e)
	if a := ask("Combien de pays ont adopté le pacte ?"); a.Refused || !strings.Contains(a.Text, "193 pays") {
		t.Errorf("French count: %s", a.Text)
	}
	for _, q := range []string{"Warum ziehen sich die USA zurück?", "Warum steigen die USA aus der UN-Flüchtlingsvereinbarung aus?"} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, "unvereinbar") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
	if a := ask("Wie viel kostet ein Visum für die USA?"); !a.Refused {
		t.Errorf("out of scope answered: %s", a.Text)
	}
}
