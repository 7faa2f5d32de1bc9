package llm

import (
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
)

// Paragraphs of the Los Angeles Times' AP story on the General Assembly's
// vote (coverage page 072).
const (
	gaDoc = "072-latimes-ap-ga-endorses"
	ga5   = "U.N. Secretary-General Antonio Guterres welcomed the resolution’s adoption, saying the compact provides a platform for international cooperation that points the way “toward humane and sensible action to benefit countries of origin, transit and destination as well as migrants themselves.”"
	ga6   = "“It calls for greater solidarity with migrants in situations of appalling vulnerability and abuse,” the U.N. chief said. “And it highlights the imperative of devising more legal pathways for migration, which would also help to crack down on trafficking and exploitation."
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

// Paragraphs of the coverage's Reuters story on Slovakia (page 167).
const (
	slovakiaDoc = "167-britishherald-reuters-slovakia"
	slovakia4   = "“Slovakia will not support this United Nations pact under any circumstances and will not agree with it,” Pellegrini told reporters in Brussels after the summit where EU leaders approved the agreement on Britain’s withdrawal from the bloc."
	slovakia6   = "Lajcak was President of the United Nations General Assembly when the migration pact was adopted."
	ga2         = "The Global Compact for Migration, the first international document dealing with the issue, is not legally binding. But the escalating debate over people leaving their home countries for new ones has sparked increasing opposition and reservations among the U.N.’s 193 member states."
	ga3         = "The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting “no” and 12 countries abstaining. The vote in favor of the resolution was lower than the 164 countries that approved the agreement by acclamation at a conference in Marrakech, Morocco, earlier this month."
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
