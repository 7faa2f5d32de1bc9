package answer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWeekdayOfDate: a date whose year is known is given its weekday, so
// that "Monday" and "4 December" of a 2017 report are one version and
// "Saturday" and "3 December 2017" are two; a date of an undated page, a
// span of days and a weekday alone are left as they are.
func TestWeekdayOfDate(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"dated":   "published: \"2017-12-04\"\n---\n\nThe meeting began on 4 December.",
		"undated": "---\n\nThe plenary will be held on 19 December.",
		"january": "published: \"2019-01-08\"\n---\n\nThe pact was adopted on 10 December.",
	})
	e, _ := newExtractiveOn(t, dir)
	for _, tc := range []struct{ doc, s, v, want string }{
		{"dated", "The meeting began on 4 December.", "4 dec", "4 dec monday"},
		{"undated", "On 3 December 2017, Trump opted out.", "3 dec", "3 dec sunday"},
		{"undated", "The plenary will be held on 19 December.", "19 dec", "19 dec"},
		{"january", "The pact was adopted on 10 December.", "10 dec", "10 dec monday"},
		{"dated", "It runs on 4 and 6 December.", "4 6 dec", "4 6 dec"},
		{"dated", "It began on Monday.", "monday", "monday"},
	} {
		if got := e.withWeekday(tc.v, sentence{doc: tc.doc, text: tc.s}); got != tc.want {
			t.Errorf("withWeekday(%q) in %s = %q, want %q", tc.v, tc.doc, got, tc.want)
		}
	}
}

// TestWeekdayAgreesWithDate: outlets that give one day as a weekday and as
// a date agree; outlets whose weekday and date are two days differ, each
// cited.
func TestWeekdayAgreesWithDate(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"wire-a": "published: \"2017-12-04\"\n---\n\nThe stocktaking meeting in Puerto Vallarta began on 4 December with 400 delegates.\n\nOn 3 December 2017, the United States told the United Nations it was leaving the migration talks.",
		"wire-b": "published: \"2017-12-05\"\n---\n\nThe stocktaking meeting in Puerto Vallarta began on Monday, delegates said.\n\nOn Saturday, the United States told the United Nations it was leaving the migration talks.",
	})
	e, _ := newExtractiveOn(t, dir)
	agreed := mustAnswer(t, e, "On what day did the stocktaking meeting in Puerto Vallarta begin?")
	if strings.HasPrefix(agreed.Text, "Sources differ") {
		t.Errorf("Monday and 4 December 2017 shown as differing: %s", agreed.Text)
	}
	differ := mustAnswer(t, e, "On what day did the United States tell the United Nations it was leaving the migration talks?")
	if !strings.HasPrefix(differ.Text, "Sources differ") || !strings.Contains(differ.Text, "Saturday") || !strings.Contains(differ.Text, "3 December") {
		t.Errorf("Saturday and 3 December 2017 (a Sunday) not shown as two versions: %s", differ.Text)
	}
}

// writeArticles writes articles (ID → front matter after the title, "---",
// then the body) into a new directory and returns it.
func writeArticles(t *testing.T, articles map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for id, rest := range articles {
		doc := "---\ntitle: \"" + id + " on the compact\"\npublication: \"" + strings.ToUpper(id) + " Wire\"\nlanguage: \"en\"\n" + rest + "\n"
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
