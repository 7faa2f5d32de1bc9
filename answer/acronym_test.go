package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestNameWrittenOtherwiseScores: a name of the question that a sentence
// writes another way ("UN" for "United Nations", "United States" for
// "U.S.") counts for the sentence as the name itself, in two articles.
func TestNameWrittenOtherwiseScores(t *testing.T) {
	e, _ := newExtractive(t)
	for _, c := range []struct {
		q, name, doc string
		n            int
	}{
		{"Did Hungary quit the UN pact?", "un", "078-reuters-in-hungary-quit", 1},
		{"When did the UN hear from the US mission?", "un", "trump-boycotts-un-migration-talks", 2},
	} {
		name := []qterm{termOf(t, e, c.q, c.name)}
		if !name[0].Name {
			t.Fatalf("%q: %q is no name", c.q, c.name)
		}
		found := false
		for _, s := range e.sentences([]footnote.Passage{{Doc: c.doc, N: c.n}}) {
			if own, _, _, _ := coverOf(name, s, softMatcher{}); own > 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: %q held by no sentence of %s ¶%d", c.q, c.name, c.doc, c.n)
		}
	}
}

// termOf returns the term of question q written word.
func termOf(t *testing.T, e *Extractive, q, word string) qterm {
	t.Helper()
	terms, _, _, _ := e.questionTerms(q, q, nil)
	for _, tm := range terms {
		if tm.Word == word {
			return tm
		}
	}
	t.Fatalf("%q: no term %q among %v", q, word, terms)
	return qterm{}
}

// TestInitialsOfArticleNames: a question may name by its initials what the
// articles spell out ("NY" for "New York"): it is answered, not refused as
// a name the articles never use.
func TestInitialsOfArticleNames(t *testing.T) {
	e, _ := newExtractive(t)
	a, err := e.Answer(context.Background(), footnote.Question{Text: "Who endorsed the NY declaration?"})
	if err != nil || a.Refused || !strings.Contains(a.Text, "Obama") {
		t.Errorf("want the Obama administration: %v %s", err, a.Text)
	}
	if a, err := e.Answer(context.Background(), footnote.Question{Text: "Who endorsed the NZ declaration?"}); err != nil || !a.Refused {
		t.Errorf("initials of no name of the articles answered: %v %s", err, a.Text)
	}
}
