package answer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
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

// TestClassRelated: two words of one class of relatedness count as
// related however far apart the vectors put them ("quitting" and
// "withdrawal" of FP ¶5, "abandoning" and "quit" of the Reuters lead,
// "signed" and "endorsed"), in the matcher that chooses the sentence, not
// in the plain one the absent-fact gate reads; and "who signed off on the
// NY declaration" is answered by FP ¶8's "endorsed by the Obama
// administration", not by a sentence that only names the declaration.
func TestClassRelated(t *testing.T) {
	e, _ := newExtractive(t)
	plain := e.softMatcher()
	classes := plain.withClasses()
	for _, p := range [][2]string{{"quitting", "withdrawal"}, {"abandoning", "quit"}, {"signed", "endorsed"}} {
		if got := classes.similarity(p[0], p[1]); got < relatedness.MinSameClass {
			t.Errorf("%s ~ %s: %.2f, want at least %.2f", p[0], p[1], got, relatedness.MinSameClass)
		}
	}
	if got := plain.similarity("quitting", "withdrawal"); got >= relatedness.MinSameClass {
		t.Errorf("quitting ~ withdrawal by the vectors alone: %.2f; the test no longer shows what the classes add", got)
	}
	if got := classes.similarity("quitting", "joined"); got >= relatedness.MinSameClass {
		t.Errorf("quitting ~ joined: %.2f, words of two classes are not of one", got)
	}
	a := asker(t, e)("who signed off on the NY declaration")
	if a.Refused || !strings.Contains(a.Text, "endorsed by the Obama administration") {
		t.Errorf("answer (refused=%v) %q", a.Refused, a.Text)
	}
}
