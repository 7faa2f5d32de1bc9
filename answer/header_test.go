package answer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// ¶0 is built from the article's typed fields, so a headline that starts
// like a byline ("By the Numbers") is still the headline: "Who wrote it?"
// finds the author, and "What is the headline?" the title.
func TestHeaderFieldsAreTyped(t *testing.T) {
	dir := t.TempDir()
	doc := "---\ntitle: \"By the Numbers: Who Moves Where\"\nauthor: \"Jane Roe\"\npublication: \"Migration Weekly\"\npublished: 2018-12-10\n---\n\n" +
		"Some 258 million people live outside the country of their birth, according to the United Nations.\n\n" +
		"The compact adopted in Marrakech sets out 23 objectives for the countries that signed it.\n"
	if err := os.WriteFile(filepath.Join(dir, "by-the-numbers.md"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	e, _ := newExtractiveOn(t, dir)
	for q, want := range map[string]string{
		"Who wrote it?":         "By Jane Roe",
		"What is the headline?": "By the Numbers: Who Moves Where",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%s: %q, want it to contain %q", q, a.Text, want)
		}
		if q == "Who wrote it?" && strings.Contains(a.Text, "Numbers") {
			t.Errorf("%s: the headline was taken for a byline: %q", q, a.Text)
		}
	}
}
