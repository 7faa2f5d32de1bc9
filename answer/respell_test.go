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

// TestNearestSpelling: an English word one edit from a word of the
// articles ("minster", "genera") is not respelt, which would change a
// question that means it, but its nearest spelling is found, so that the
// refusal of an absent fact does not take it for a word the articles lack.
func TestNearestSpelling(t *testing.T) {
	e, ix := newExtractive(t)
	var passages []footnote.Passage
	for _, a := range ix.Articles() {
		passages = append(passages, footnote.Passage{Doc: a.ID, N: 1})
	}
	for word, want := range map[string]string{"minster": "minister", "genera": "general"} {
		if w, ok := e.respell(word, passages); ok {
			t.Errorf("respell(%q) = %q, an English word is no misspelling", word, w)
		}
		if w, ok := e.nearestSpelling(word, passages); !ok || w != want {
			t.Errorf("nearestSpelling(%q) = %q, %v; want %q", word, w, ok, want)
		}
	}
	if w, ok := e.nearestSpelling("weather", passages); ok {
		t.Errorf("nearestSpelling(weather) = %q; no word of the articles is that close", w)
	}
}
