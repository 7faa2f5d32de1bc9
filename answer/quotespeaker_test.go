package answer

import (
	"reflect"
	"strings"
	"testing"
)

func TestQuoteSpeakers(t *testing.T) {
	after := []string{
		`"It does not encourage migration, nor does it aim to stop it.`,
		`It is not legally binding.`,
		`And it fully respects the sovereignty of States," UNGA President Miroslav Lajcak said.`,
		`The text was agreed on Friday.`,
	}
	who := []string{"UNGA", "President", "Miroslav", "Lajcak"}
	if got := quoteSpeakers(after); !reflect.DeepEqual(got, [][]string{who, who, who, nil}) {
		t.Errorf("attribution after: %q", got)
	}
	before := []string{`Haley said: “We will decide how to best control our borders.`, `The global approach is not compatible with U.S. sovereignty.”`}
	if got := quoteSpeakers(before); !reflect.DeepEqual(got, [][]string{{"Haley"}, {"Haley"}}) {
		t.Errorf("attribution before: %q", got)
	}
	// A quotation of one sentence, or one whose speaker is a pronoun,
	// names nobody more.
	one := []string{`“We will decide,” Haley said.`, `“But our decisions … alone,” she added.`, `“We will decide. The global approach …”`}
	if got := quoteSpeakers(one); !reflect.DeepEqual(got, make([][]string, 3)) {
		t.Errorf("no speaker to add: %q", got)
	}
}

// "What did Lajcak say …" is answered by the sentence of his quotation that
// says what was asked, not by the one that names him.
func TestQuotationAnswersForItsSpeaker(t *testing.T) {
	e, _ := newExtractiveOn(t, testMixed)
	a := asker(t, e)("What did Miroslav Lajcak say the compact does regarding encouraging migration when the text was agreed in July 2018?")
	if !strings.Contains(a.Text, "It does not encourage migration") {
		t.Errorf("Lajcak: %s", a.Text)
	}
	// On the three articles, Haley's quotation (named by a pronoun) is
	// quoted as before.
	e, _ = newExtractive(t)
	a = asker(t, e)("What did Haley say about who decides on immigration policies?")
	if !strings.Contains(a.Text, "must always be made by American") {
		t.Errorf("Haley: %s", a.Text)
	}
}
