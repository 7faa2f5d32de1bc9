package answer

import (
	"strings"
	"testing"
)

// A name typed without its accents ("Lajcak") is the article's
// "Lajčák": the question is answered, not refused for a name no article
// holds; and with its accents it finds the article that writes it without
// them.
func TestNameWithoutAccents(t *testing.T) {
	e, _ := newExtractiveOn(t, testMixed)
	ask := asker(t, e)
	a := ask("On what day did Miroslav Lajcak resign as Slovak foreign minister?")
	if !strings.Contains(a.Text, "Thursday") || len(a.Citations) == 0 || a.Citations[0].Doc != "170-praguemonitor-business-lajcak-resigns" {
		t.Errorf("Lajcak: %s %+v", a.Text, a.Citations)
	}
	a = ask("What was Lajčák when the migration pact was adopted?")
	if !strings.Contains(a.Text, "President of the United Nations General Assembly") {
		t.Errorf("Lajčák: %s", a.Text)
	}
}

// On the three test articles "António Guterres" is matched fully by
// "Antonio" (before, as a near miss at 0.8).
func TestAccentedNameMatchesFully(t *testing.T) {
	_, ix := newExtractive(t)
	if w := ix.Matches("antonio")["antónio"]; w != 1 {
		t.Errorf("antonio ~ antónio = %v, want 1", w)
	}
}
