package answer

import (
	"strings"
	"testing"
)

// A "when" question about an act the articles never tell is refused, not
// answered with the time of another act of the same person: Haley's
// remarks "in April", Kurz taking office "last December". Lajčák's
// resignation, which one article tells with its day, is still answered.
func TestWhenAnotherActRefused(t *testing.T) {
	for _, dir := range []string{testCoverage, testMixed} {
		e, _ := newExtractiveOn(t, dir)
		ask := asker(t, e)
		for _, q := range []string{"When did Nikki Haley resign?", "When did Sebastian Kurz resign?"} {
			if a := ask(q); !a.Refused {
				t.Errorf("%s: %q answered: %s", dir, q, a.Text)
			}
		}
	}
	e, _ := newExtractiveOn(t, testMixed)
	for _, q := range []string{"When did Lajcak resign?", "When did Miroslav Lajcak resign as foreign minister?"} {
		a := asker(t, e)(q)
		if a.Refused || !strings.Contains(a.Text, "resigned late on Thursday") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
}

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
