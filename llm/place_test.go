package llm

import (
	"testing"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
)

// TestPlaceInTheQuote: a place the claim writes after "in" must be in the
// quoted sentences, as a number must; a person may be named elsewhere in
// the paragraph.
func TestPlaceInTheQuote(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	m := paraMap{gaDoc: {3: ga3}, fixtureDoc: {1: fixtureParagraphs[1], 2: fixtureParagraphs[2], 3: fixtureParagraphs[3]}}
	for _, tt := range []struct {
		qc   quotedClaim
		kept bool
	}{
		{quotedClaim{"152 countries approved it in Marrakech", gaDoc, 3, "approved by a vote of 152-5"}, false},
		{quotedClaim{"164 countries approved the agreement in Marrakech", gaDoc, 3, "the 164 countries that approved the agreement by acclamation at a conference in Marrakech"}, true},
		{quotedClaim{"The meeting in Mexico was scheduled to last three days", fixtureDoc, 2, "a three-day meeting"}, true},
		{quotedClaim{"President Trump decided to boycott a conference in Mexico", fixtureDoc, 1, "President Donald Trump has decided to boycott a global conference on migration"}, true},
		{quotedClaim{"Stephen Miller led efforts to pull out of the migration talks", fixtureDoc, 3, "Miller led efforts to pull out of the migration talks"}, true},
	} {
		ev := evidenceOver(m)
		// The question's words are its own, not the claim's.
		ev.echo = questionStems("how many countries approved it in marrakech")
		ev.rel = relatedness.New(v)
		res := checkQuoted([]quotedClaim{tt.qc}, ev)
		if got := len(res.cites) > 0; got != tt.kept {
			t.Errorf("%q: kept = %v (%q), want %v", tt.qc.Text, got, res.text, tt.kept)
		}
	}
}
