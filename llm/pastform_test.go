package llm

import (
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
)

// TestPastVerbIsAVerb: a claim's word that only ends in "ed" ("need") is
// no verb in the past that its quoted sentence must hold, while a changed
// verb in the past still removes the claim, in both articles.
func TestPastVerbIsAVerb(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	m := paraMap{gaDoc: {5: ga5, 6: ga6}, fixtureDoc: {5: fixtureParagraphs[5]}}
	ps := []footnote.Passage{{Doc: gaDoc, N: 5}, {Doc: gaDoc, N: 6}, {Doc: fixtureDoc, N: 5}}
	for _, tt := range []struct {
		qc   quotedClaim
		kept bool
	}{
		{quotedClaim{"Guterres said it highlights the need for more legal pathways for migration", gaDoc, 6, "it highlights the imperative of devising more legal pathways for migration"}, true},
		{quotedClaim{"Guterres criticised the resolution's adoption", gaDoc, 5, "Antonio Guterres welcomed the resolution’s adoption"}, false},
		{quotedClaim{"John Kelly opposed a pullout", fixtureDoc, 5, "John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"}, false},
		{quotedClaim{"John Kelly backed a pullout", fixtureDoc, 5, "John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"}, true},
	} {
		ev := newEvidence(ps, m)
		ev.rel = relatedness.New(v)
		res := checkQuoted([]quotedClaim{tt.qc}, ev)
		if got := len(res.cites) > 0; got != tt.kept {
			t.Errorf("%q: kept = %v (%q), want %v", tt.qc.Text, got, res.text, tt.kept)
		}
	}
}
