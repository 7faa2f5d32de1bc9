package answer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestSamePlace: spellings of one name, a name and its last word, and a
// city written within its country are one place; two towns are not.
func TestSamePlace(t *testing.T) {
	within := placesWithin([]sentence{{text: "The meeting opened in Puerto Vallarta, Mexico, on Monday."}, {text: "MARRAKECH, Morocco, 11 December — The conference ended."}})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"marrakech", "marrakesh", true},
		{"marrakech", "marrakesch", true},
		{"puerto vallarta", "mexico", true},
		{"morocco", "marrakech", true},
		{"vallarta", "puerto vallarta", true},
		{"geneva", "vienna", false},
		{"mexico", "morocco", false},
		{"rome", "nome", false},
	} {
		if got := samePlace(tc.a, tc.b, within); got != tc.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPlacesDiffer: outlets that place the asked act in different towns
// are shown as versions, each cited; outlets that name one town, or a
// town and its country, agree.
func TestPlacesDiffer(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a-wire":    "The summit on the water treaty was held in Geneva on Monday, officials said.\n\nDelegates from forty countries attended.",
		"b-daily":   "The summit on the water treaty was held in Vienna, its organisers said on Tuesday.\n\nThe talks ran late.",
		"c-weekly":  "The water treaty summit was held in Geneva, Switzerland, and ended without a deal.\n\nCritics called it a missed chance.",
		"d-gazette": "Ministers arrived in Geneva, Switzerland, for the summit on the water treaty.\n\nThe summit on the water treaty was held in Geneva this week.",
	} {
		doc := "---\ntitle: \"" + name + " on the water treaty\"\nlanguage: \"en\"\n---\n\n" + body + "\n"
		if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	e, _ := newExtractiveOn(t, dir)
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "Where was the summit on the water treaty held?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || !strings.HasPrefix(ans.Text, "Sources differ.") || !strings.Contains(ans.Text, "Geneva") || !strings.Contains(ans.Text, "Vienna") {
		t.Fatalf("answer (refused=%v) %q: want Geneva and Vienna as versions", ans.Refused, ans.Text)
	}
	if n := strings.Count(ans.Text, " says: "); n != 2 {
		t.Errorf("%d versions, want 2 (Geneva and Geneva, Switzerland are one): %s", n, ans.Text)
	}
	cited := map[string]bool{}
	for _, c := range ans.Citations {
		cited[c.Doc] = true
	}
	if !cited["b-daily"] || !(cited["a-wire"] || cited["c-weekly"] || cited["d-gazette"]) {
		t.Errorf("each version not cited from its outlet: %+v", ans.Citations)
	}
}

// TestKnownPlace: a country, a capital or a name the passages write
// within a country is a place; a run of names after "in" that is none of
// these ("the New York Declaration", a town never placed) is not.
func TestKnownPlace(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	within := placesWithin([]sentence{{text: "The meeting opened in Puerto Vallarta, Mexico, on Monday."}, {text: "MARRAKECH, Morocco, 11 December — The conference ended."}})
	isPlace := e.knownPlace(within)
	for v, want := range map[string]bool{
		"puerto vallarta":      true,
		"marrakech":            true,
		"mexico":               true,
		"rabat":                true,
		"united states":        true,
		"new york declaration": false,
		"global compact":       false,
		"springfield":          false,
	} {
		if got := isPlace(v); got != want {
			t.Errorf("knownPlace(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestPreciserPlace: when the sources agree on a place, one naming the
// country and another the town within it, the answer quotes the town,
// whether another article or the same one names it.
func TestPreciserPlace(t *testing.T) {
	for name, docs := range map[string]map[string]string{
		"another article": {
			"a-wire":  "The meeting on the water treaty was held in Mexico last week, officials said.\n\nDelegates from forty countries attended.",
			"b-daily": "The meeting on the water treaty was held in Puerto Vallarta, Mexico, its organisers said.\n\nThe talks ran late.",
		},
		"the same article": {
			"a-wire":  "The meeting on the water treaty was held in Mexico last week, officials said.\n\nThe meeting on the water treaty convened in Puerto Vallarta with 400 delegates.",
			"b-daily": "PUERTO VALLARTA, Mexico — Delegates to the meeting on the water treaty praised the hosts.\n\nThe talks ran late.",
		},
	} {
		dir := t.TempDir()
		for doc, body := range docs {
			md := "---\ntitle: \"" + doc + " on the water treaty\"\nlanguage: \"en\"\n---\n\n" + body + "\n"
			if err := os.WriteFile(filepath.Join(dir, doc+".md"), []byte(md), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		e, _ := newExtractiveOn(t, dir)
		ans, err := e.Answer(context.Background(), footnote.Question{Text: "Where was the meeting on the water treaty held?"})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Refused || len(ans.Citations) == 0 || !strings.Contains(ans.Citations[0].Quote, "Puerto Vallarta") {
			t.Errorf("%s: answer does not quote the town first: %s", name, ans.Text)
		}
	}
}
