package answer

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestSummaryAcrossSources: with more articles than a summary quotes, it
// quotes the leads of several outlets, each cited, in the question's
// language.
func TestSummaryAcrossSources(t *testing.T) {
	e, ix := newExtractiveOn(t, testCoverage)
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "What is this about?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || len(ans.Citations) < 2 {
		t.Fatalf("summary refused or from one source: %s %+v", ans.Text, ans.Citations)
	}
	lang := map[string]string{}
	for _, a := range ix.Articles() {
		lang[a.ID] = a.Language
	}
	docs := map[string]bool{}
	for _, c := range ans.Citations {
		docs[c.Doc] = true
		if lang[c.Doc] != "en" {
			t.Errorf("an English question summarised from %s, in %q", c.Doc, lang[c.Doc])
		}
	}
	if len(docs) < maxSummaries {
		t.Errorf("summary quotes %d articles, want %d: %s", len(docs), maxSummaries, ans.Text)
	}
}
