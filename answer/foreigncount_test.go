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
	const (
		de = "Wie viele Abgeordnete stimmten im Bundestag für den UN-Migrationspakt?"
		es = "¿Cuántos senadores mexicanos votaron a favor del pacto migratorio?"
	)
	for _, tt := range []struct {
		faz, jorn string
		want      map[string]string // question to the count answering it, "" to refuse
	}{
		{"Die Abgeordneten im Bundestag stritten über den UN-Migrationspakt, den die AfD ablehnt.",
			"Los senadores mexicanos votaron una resolución sobre el pacto migratorio de la ONU.",
			map[string]string{de: "", es: ""}},
		{"Im Bundestag stimmten 372 Abgeordnete für den UN-Migrationspakt, die AfD dagegen.",
			"Los 87 senadores mexicanos votaron a favor del pacto migratorio de la ONU, y ninguno en contra.",
			map[string]string{de: "372", es: "87"}},
	} {
		e, _ := newExtractiveOn(t, writeLangArticles(t, map[string][3]string{
			"faz":  {"de", "2018-11-29", tt.faz},
			"jorn": {"es", "2018-12-05", tt.jorn},
		}))
		ask := asker(t, e)
		for q, want := range tt.want {
			ans := ask(q)
			if want == "" && !ans.Refused {
				t.Errorf("%q answered with no number: %s", q, ans.Text)
			}
			if want != "" && (ans.Refused || !strings.Contains(ans.Text, want)) {
				t.Errorf("%q: want %s, got: %s", q, want, ans.Text)
			}
		}
	}
}
