package answer

import (
	"strings"
	"testing"
)

func TestForeignWhyKind(t *testing.T) {
	for q, want := range map[string]kind{
		"Warum steigen die USA aus der UN-Flüchtlingsvereinbarung aus?":  kindReason,
		"¿Por qué Chile se retira del pacto?":                            kindReason,
		"Por que Bolsonaro quer que o Brasil saia do pacto?":             kindReason,
		"Pourquoi Trump a-t-il retiré les États-Unis du pacte mondial ?": kindReason,
		"Et pourquoi la Suisse hésite-t-elle ?":                          kindReason,
		"Perché l'Italia non firma?":                                     kindReason,
		"Why did Poland leave?":                                          kindReason,
		// a "porque" inside a question, or "por" alone, asks for nothing
		"¿Dijo Ampuero que no firma porque choca con las normas?": kindAny,
		"Por quantos países o pacto foi ratificado?":              kindAny,
	} {
		if got := askedKind(q); got != want && !(want == kindAny && got == kindYesNo) {
			t.Errorf("askedKind(%q) = %v, want %v", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		`Der Pakt sei "unvereinbar" mit der Einwanderungspolitik der USA.`:     true,
		"no firmará el pacto porque el texto choca con las normas":             true,
		"qu'il juge « incompatible » avec sa politique migratoire":             true,
		"A car bomb exploded in the city.":                                     false,
		"Die USA ziehen sich aus einer Flüchtlingsvereinbarung der UN zurück.": false,
	} {
		if got := hasKind(kindReason, s, nil); got != want {
			t.Errorf("hasKind(reason, %q) = %v, want %v", s, got, want)
		}
	}
}

// A "why" question in German or French is answered by the sentence that
// gives the reason, not by the headline that restates the question.
func TestForeignWhyAnswers(t *testing.T) {
	e, _ := newExtractiveOn(t, testMixed)
	ask := asker(t, e)
	for q, want := range map[string]string{
		"Warum steigen die USA aus der UN-Flüchtlingsvereinbarung aus?":  "unvereinbar",
		"Pourquoi Trump a-t-il retiré les États-Unis du pacte mondial ?": "incompatible",
	} {
		if a := ask(q); !strings.Contains(a.Text, want) {
			t.Errorf("%s: %s", q, a.Text)
		}
	}
}
