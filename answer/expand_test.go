package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestExpandedQuery: the retrieval is retried with the articles' words
// closest in meaning to the question's ("talks" → "negotiations" in the
// Foreign Policy and AP articles, "deal" → "accord" in Reuters), taken
// only from the articles retrieved, and never for a name.
func TestExpandedQuery(t *testing.T) {
	e, _ := newExtractive(t)
	for _, c := range []struct{ q, doc, want, not string }{
		{"Did the US leave the talks?", "trump-boycotts-un-migration-talks", "negotiations", "accord"},
		{"Did the US leave the talks?", "108-seattletimes-ap-poland", "negotiations", "accord"},
		{"Will Hungary pull out of the deal?", "078-reuters-in-hungary-quit", "accord", "negotiations"},
	} {
		got, ok := e.expanded(c.q, []footnote.Passage{{Doc: c.doc, N: 1}})
		added := strings.Fields(strings.TrimPrefix(got, c.q))
		if !ok || !strings.HasPrefix(got, c.q) {
			t.Fatalf("%q over %s: %q, %v", c.q, c.doc, got, ok)
		}
		vocab := e.articleAnalysis(c.doc).vocabulary()
		for _, w := range added {
			if !vocab[w] {
				t.Errorf("%q over %s: added %q, which the article does not use", c.q, c.doc, w)
			}
		}
		has := func(w string) bool { return strings.Contains(" "+strings.Join(added, " ")+" ", " "+w+" ") }
		if !has(c.want) || has(c.not) {
			t.Errorf("%q over %s: added %v, want %q and not %q", c.q, c.doc, added, c.want, c.not)
		}
	}
}

// TestExpandedKeepsRefusals: retrying with related words does not answer
// questions the articles do not answer.
func TestExpandedKeepsRefusals(t *testing.T) {
	e, _ := newExtractive(t)
	for _, q := range []string{
		"What's your favorite movie?",
		"could the us actually win a pacific war against china",
		"What did Canada say about the US walking out?",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Refused {
			t.Errorf("%q answered %q", q, a.Text)
		}
	}
}
