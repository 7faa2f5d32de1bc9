package answer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
)

// TestSoftMatching: a question in other words than the article's
// ("notified" for "informed", "goals" for "objectives", "independence" for
// "sovereignty") is answered from the right sentence, in two articles;
// without the word vectors the same questions are refused.
func TestSoftMatching(t *testing.T) {
	e, _ := newExtractive(t)
	off, _ := newExtractive(t)
	off.vectors = func() (*retrieval.Vectors, error) { return nil, errors.New("no vectors") }
	for q, want := range map[string]string{
		"Who notified Guterres?":                     "informed Secretary-General",
		"How many goals does the compact have?":      "23 objectives",
		"what did poland say about its independence": "national sovereignty",
	} {
		t.Run(q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), footnote.Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if a.Refused || !strings.Contains(a.Text, want) {
				t.Errorf("answer (refused=%v) %q lacks %q", a.Refused, a.Text, want)
			}
			b, err := off.Answer(context.Background(), footnote.Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if !b.Refused {
				t.Errorf("without word vectors, answered %q: the test no longer shows what they add", b.Text)
			}
		})
	}
}
