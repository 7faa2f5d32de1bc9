package answer

import (
	"strings"
	"testing"
)

// TestForeignCountNeedsNumber: a German or Spanish question whose
// question word asks for a count ("Wie viele", "¿Cuántos") is refused when
// the sentence that shares its words gives no number, as an English "how
// many" is; before, it was answered by that sentence. Where an outlet
// gives the count, it is still answered.
func TestForeignCountNeedsNumber(t *testing.T) {
	refused := writeLangArticles(t, map[string][3]string{
		"faz":  {"de", "2018-11-29", "Die Abgeordneten im Bundestag stritten über den UN-Migrationspakt, den die AfD ablehnt."},
		"jorn": {"es", "2018-12-05", "Los senadores mexicanos votaron una resolución sobre el pacto migratorio de la ONU."},
	})
	e, _ := newExtractiveOn(t, refused)
	ask := asker(t, e)
	for _, q := range []string{
		"Wie viele Abgeordnete stimmten im Bundestag für den UN-Migrationspakt?",
		"¿Cuántos senadores mexicanos votaron a favor del pacto migratorio?",
	} {
		if ans := ask(q); !ans.Refused {
			t.Errorf("%q answered with no number: %s", q, ans.Text)
		}
	}
	answered := writeLangArticles(t, map[string][3]string{
		"faz":  {"de", "2018-11-29", "Im Bundestag stimmten 372 Abgeordnete für den UN-Migrationspakt, die AfD dagegen."},
		"jorn": {"es", "2018-12-05", "Los 87 senadores mexicanos votaron a favor del pacto migratorio de la ONU, y ninguno en contra."},
	})
	e, _ = newExtractiveOn(t, answered)
	for q, want := range map[string]string{
		"Wie viele Abgeordnete stimmten im Bundestag für den UN-Migrationspakt?": "372",
		"¿Cuántos senadores mexicanos votaron a favor del pacto migratorio?":     "87",
	} {
		if ans := mustAnswer(t, e, q); ans.Refused || !strings.Contains(ans.Text, want) {
			t.Errorf("%q: want %s, got: %s", q, want, ans.Text)
		}
	}
}
