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
// without the word vectors the same questions are refused or answered
// from another sentence.
func TestSoftMatching(t *testing.T) {
	e, _ := newExtractive(t)
	off, _ := newExtractive(t)
	off.vectors = func() (*retrieval.Vectors, error) { return nil, errors.New("no vectors") }
	for q, want := range map[string]string{
		"Who notified the secretary-general?":        "informed Secretary-General",
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
			if !b.Refused && strings.Contains(b.Text, want) {
				t.Errorf("without word vectors, answered %q too: the test no longer shows what they add", b.Text)
			}
		})
	}
}

// TestInflectedRelatedWords: the vectors are of word forms, so words are
// compared in their base forms too: "finalize" is related to "concluded"
// (FP ¶9) through "conclude", and "countries" to "nations" through
// "country".
func TestInflectedRelatedWords(t *testing.T) {
	e, _ := newExtractive(t)
	m := e.softMatcher()
	for _, p := range [][2]string{{"finalize", "concluded"}, {"approving", "adopted"}, {"joining", "participated"}} {
		raw, _ := m.v.Similarity(p[0], p[1])
		if got := m.similarity(p[0], p[1]); got < minRelated || got <= raw {
			t.Errorf("%s ~ %s: %.2f (as written %.2f), want at least %.2f", p[0], p[1], got, raw, minRelated)
		}
	}
}
