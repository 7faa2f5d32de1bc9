package answer

import (
	"strings"
	"testing"
)

// TestForeignAskedKind: for its versions, a question in another language asks for a time or
// a count by its head's question word; a question word further in, or a
// question asking for something else, asks for none.
func TestForeignAskedKind(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want kind
	}{
		{"¿Cuántos refugiados hay en el mundo?", kindNumber},
		{"Por quantos países o pacto foi ratificado?", kindNumber},
		{"Wie viele Staaten haben den Pakt angenommen?", kindNumber},
		{"Par combien de pays la déclaration a-t-elle été adoptée ?", kindNumber},
		{"Quel jour les États-Unis ont-ils annoncé leur retrait ?", kindTime},
		{"An welchem Tag hat Merkel gesprochen?", kindTime},
		{"Em que dia Bolsonaro recebeu Pompeo?", kindTime},
		{"Quando a ONU lamentou a retirada?", kindTime},
		{"¿Qué dijo Videgaray sobre los muros?", kindAny},
		{"Welches Land will den Pakt nicht unterzeichnen?", kindAny},
		{"Was sagte Merkel, als sie wann in Marrakesch war?", kindAny},
	} {
		got := versionKind(tc.q)
		if tc.want == kindAny && got != kindTime && got != kindNumber {
			continue // asks for neither (a German "will" or "was" reads as a yes/no, as before)
		}
		if got != tc.want {
			t.Errorf("versionKind(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestForeignCountVersions: a German question for a count, over two German
// outlets that give two counts of the states at the conference, shows both
// versions; before, the question asked for nothing and one outlet was
// quoted.
func TestForeignCountVersions(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"stern": {"de", "2018-12-10", "Merkel begrüßte, dass sich in Marrakesch Vertreter von mehr als 150 Staaten zum Migrationspakt bekannt hätten."},
		"zeit":  {"de", "2018-12-11", "In Marrakesch haben sich Vertreter von 164 Staaten zum Migrationspakt bekannt."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "Wie viele Staaten haben sich in Marrakesch zum Migrationspakt bekannt?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "150") || !strings.Contains(ans.Text, "164") {
		t.Errorf("150 and 164 not shown as two versions: %s", ans.Text)
	}
}
