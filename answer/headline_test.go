package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestHeadlineHoldsNames: a name of the question is held by a sentence of
// an article whose headline names it ("Trump Boycotts U.N. Migration
// Talks" for ¶9, which never names Trump), not by one of an article that
// names it nowhere near.
func TestHeadlineHoldsNames(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	const q = "What commitments did Trump and Hungary make?"
	const doc = "trump-boycotts-un-migration-talks"
	passages := []footnote.Passage{{Doc: doc, N: 9, Text: e.article(doc).Paragraphs[9].Text}}
	bar, ok := e.newAnswerBar(q, q, passages)
	if !ok {
		t.Fatal("no terms")
	}
	s := e.sentences(passages)[0]
	checked := 0
	for _, tm := range bar.terms {
		want, named := map[string]bool{"trump": true, "hungary": false}[strings.ToLower(tm.Word)]
		if !named {
			continue
		}
		checked++
		if got := e.holds(tm, s); got != want {
			t.Errorf("%s held by %q: %v, want %v", tm.Word, s.text, got, want)
		}
	}
	if checked != 2 {
		t.Errorf("%d of the question's two names checked", checked)
	}
}
