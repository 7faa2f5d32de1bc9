package answer

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
)

// TestSummaryAcrossSources: with more articles than a summary quotes, "what
// is this about?" and "what happened?" quote the leads of several outlets,
// each cited, in the question's language.
func TestSummaryAcrossSources(t *testing.T) {
	e, ix := newExtractiveOn(t, testCoverage)
	for _, q := range []string{"What is this about?", "What happened?"} {
		summaryAcrossSources(t, e, ix, q)
	}
}

func summaryAcrossSources(t *testing.T, e *Extractive, ix *retrieval.Index, q string) {
	t.Helper()
	ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || len(ans.Citations) < 2 {
		t.Fatalf("%q: summary refused or from one source: %s %+v", q, ans.Text, ans.Citations)
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
