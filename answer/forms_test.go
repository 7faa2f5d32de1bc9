package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestIrregularVerbs: a question's verb finds the article's irregular form
// of it ("meet" finds "met", "lead" finds "led") and quotes it first, on
// more than one article.
func TestIrregularVerbs(t *testing.T) {
	e, _ := newExtractive(t)
	for q, want := range map[string]string{
		"when did the advisers meet":       "last week",
		"who leads the effort to pull out": "Miller",
		"what did miller lead":             "pull out",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || a.Refused || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Quote, want) {
			t.Errorf("%q: want %q in the first quote of %v %s", q, want, err, a.Text)
		}
	}
}
