package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestShoutedQuestion: a question typed in capitals gets the answer of the
// same question in lowercase; its capitals are not taken for names the
// article lacks.
func TestShoutedQuestion(t *testing.T) {
	e, _ := newExtractive(t)
	for _, q := range []string{
		"WHO DISSENTED AT THE PRINCIPALS' MEETING?",
		"WHO OVERRULED HALEY?",
		"WHEN DID THE U.S. MISSION TELL GUTERRES?",
	} {
		t.Run(q, func(t *testing.T) {
			shouted, err := e.Answer(context.Background(), footnote.Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			plain, err := e.Answer(context.Background(), footnote.Question{Text: strings.ToLower(q)})
			if err != nil {
				t.Fatal(err)
			}
			if plain.Refused {
				t.Fatalf("the lowercase question is refused: %s", plain.Text)
			}
			if shouted.Refused || shouted.Text != plain.Text {
				t.Errorf("%q answered (refused=%v) %q,\nits lowercase form %q", q, shouted.Refused, shouted.Text, plain.Text)
			}
		})
	}
}
