package answer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestDoerAskedAbroad: a "who" question in another language than English
// shows the doers outlets in its language and in English give, each cited,
// when they differ (two corpora, Spanish and Italian questions), and one
// answer when they agree; an English outlet telling another country's act
// by the verb gives no version.
func TestDoerAskedAbroad(t *testing.T) {
	type doc struct{ lang, body string }
	for _, tc := range []struct {
		name     string
		docs     map[string]doc
		q        string
		disagree bool
		want     []string
	}{
		{"es and en differ", map[string]doc{
			"a-diario": {"es", "El canciller Pedro Gómez anunció el martes que Perú abandona el acuerdo regional de migración.\n\nLa oposición criticó la decisión."},
			"b-wire":   {"en", "Prime Minister Ana Ruiz announced on Tuesday that Peru was withdrawing from the regional migration agreement.\n\nNeighbours regretted the move."},
		}, "¿Quién anunció que Perú abandona el acuerdo regional de migración?", true, []string{"Gómez", "Ruiz"}},
		{"it and en differ", map[string]doc{
			"a-giornale": {"it", "Il ministro Nikos Dendias ha annunciato che la Grecia si ritirerà dalla conferenza climatica internazionale.\n\nL'opposizione ha protestato."},
			"b-post":     {"en", "Prime Minister Kyriakos Mitsotakis announced that Greece would withdraw from the international climate conference.\n\nActivists were dismayed."},
		}, "Chi ha annunciato che la Grecia si ritirerà dalla conferenza climatica internazionale?", true, []string{"Dendias", "Mitsotakis"}},
		{"es and en agree", map[string]doc{
			"a-diario": {"es", "El canciller Pedro Gómez anunció el martes que Perú abandona el acuerdo regional de migración.\n\nLa oposición criticó la decisión."},
			"b-wire":   {"en", "Foreign Minister Pedro Gómez announced on Tuesday that Peru was withdrawing from the regional migration agreement.\n\nNeighbours regretted the move."},
		}, "¿Quién anunció que Perú abandona el acuerdo regional de migración?", false, []string{"Gómez"}},
		{"another country's act", map[string]doc{
			"a-diario": {"es", "El canciller Pedro Gómez anunció el martes que Perú abandona el acuerdo regional de migración.\n\nLa oposición criticó la decisión."},
			"b-wire":   {"en", "President Luis Arce announced on Tuesday that Bolivia was withdrawing from the regional migration agreement.\n\nNeighbours regretted the move."},
		}, "¿Quién anunció que Perú abandona el acuerdo regional de migración?", false, []string{"Gómez"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for id, d := range tc.docs {
				text := "---\ntitle: \"" + id + "\"\npublication: \"" + strings.ToUpper(id) + "\"\nlanguage: \"" + d.lang + "\"\n---\n\n" + d.body + "\n"
				if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			e, _ := newExtractiveOn(t, dir)
			ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Refused {
				t.Fatalf("refused: %s", ans.Text)
			}
			if got := strings.HasPrefix(ans.Text, "Sources differ."); got != tc.disagree {
				t.Errorf("says sources differ %v, want %v: %s", got, tc.disagree, ans.Text)
			}
			for _, w := range tc.want {
				if !strings.Contains(ans.Text, w) {
					t.Errorf("answer lacks %q: %s", w, ans.Text)
				}
			}
			if tc.disagree && len(ans.Citations) < 2 {
				t.Errorf("each version not cited: %+v", ans.Citations)
			}
		})
	}
}

// TestLatinRoot: the verbs of one Latin root in the coverage's languages
// share a skeleton; short stems and other verbs don't.
func TestLatinRoot(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"announc", "anunc", true}, {"announc", "annunc", true}, {"annonc", "anunc", true},
		{"communic", "comunic", true}, {"inform", "inform", true},
		{"announc", "declar", false}, {"announc", "abandon", false}, {"sai", "sai", false},
	} {
		ra, rb := latinRoot(tc.a), latinRoot(tc.b)
		if got := ra != "" && ra == rb; got != tc.same {
			t.Errorf("latinRoot(%q)=%q, latinRoot(%q)=%q: same %v, want %v", tc.a, ra, tc.b, rb, got, tc.same)
		}
	}
}

// TestForeignAskedVerb reads the verb of a who-question in another
// language, past its auxiliary, and none of a question that asks what
// someone is or puts its verb last.
func TestForeignAskedVerb(t *testing.T) {
	for q, want := range map[string]string{
		"¿Quién anunció que Estados Unidos abandonaba el pacto?":    "anunció",
		"Chi ha annunciato che il governo italiano non andrà?":      "annunciato",
		"Quem comunicou que o Brasil ia sair do pacto?":             "comunicou",
		"Qui a annoncé le retrait ?":                                "annoncé",
		"Wer hat gesagt, dass Chile nicht unterschreibt?":           "gesagt",
		"Wer hat die Ankündigung gemacht, dass die USA aussteigen?": "",
		"¿Quién es el embajador de Estados Unidos?":                 "",
		"Who announced that the US was leaving?":                    "",
		"¿Cuántos países firmaron el pacto?":                        "",
	} {
		if got := foreignAskedVerb(q); got != want {
			t.Errorf("foreignAskedVerb(%q) = %q, want %q", q, got, want)
		}
	}
}
