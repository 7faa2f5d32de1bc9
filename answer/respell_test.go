package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		max  int
		want int
	}{
		{"securty", "security", 2, 1},
		{"decleraton", "declaration", 2, 2},
		{"migartion", "migration", 2, 1}, // two letters swapped
		{"border", "border", 1, 0},
		{"tax", "security", 2, 3},
		{"summit", "submit", 1, 1},
	} {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

// TestMisspeltWords: words misspelt past what stem matching forgives are
// read as the article's words, in two articles.
func TestMisspeltWords(t *testing.T) {
	e, _ := newExtractive(t)
	for q, want := range map[string]string{
		"wat did the decleraton say abt border securty": "border security cooperation",
		"why did poland bring up national soverenty":    "national sovereignty",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q answered (refused=%v) %q, want %q in it", q, a.Refused, a.Text, want)
		}
	}
}
