package llm

import (
	"strings"
	"testing"
)

// TestDateOfAnotherSentence: a claim in another language whose name is
// only in another sentence of the paragraph, which gives another date of
// the kind the claim gives, takes that sentence's person for the quote's
// date (dateElsewhere); on the fixture article and the AP article on
// Poland, structured and inline.
func TestDateOfAnotherSentence(t *testing.T) {
	ev := func() *evidence {
		return evidenceOver(paraMap{fixtureDoc: {2: fixtureParagraphs[2]}, polandDoc: {2: poland2}})
	}
	const (
		decided  = "Trump made the decision on Friday"
		informed = "On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres"
	)
	tests := []struct {
		name  string
		claim quotedClaim
		keep  bool
	}{
		{"in Spanish, the day of the quote's own person", quotedClaim{"Trump tomó la decisión el viernes", fixtureDoc, 2, decided}, true},
		{"in Spanish, the mission and its day", quotedClaim{"La misión de EE. UU. ante la ONU informó a Guterres el sábado", fixtureDoc, 2, informed}, true},
		{"in Spanish, a month with a name the sentence before gives", quotedClaim{"El pacto se finalizó bajo los auspicios de la ONU en julio", polandDoc, 2, "was finalized under U.N. auspices in July"}, true},
		// Trump decided on Friday, in the sentence before the quote.
		{"in French, the mission's day given to Trump", quotedClaim{"Le président Trump a pris sa décision samedi, selon l'article", fixtureDoc, 2, informed}, false},
		// The U.N. was told on Saturday, in the sentence after.
		{"in Italian, the decision's day given to the U.N.", quotedClaim{"La decisione è stata presa venerdì e comunicata all'ONU lo stesso giorno", fixtureDoc, 2, decided}, false},
		// Marrakech is the sentence after's, with "Dec. 10-11".
		{"in Spanish, July given to Marrakech", quotedClaim{"El pacto de la ONU se aprobará en julio en Marrakech", polandDoc, 2, "was finalized under U.N. auspices in July"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted([]quotedClaim{tt.claim}, ev())
			if shown := len(res.cites) > 0; shown != tt.keep {
				t.Errorf("structured: shown %v, want %v (%q)", shown, tt.keep, res.text)
			}
			// Unlabelled articles: "[¶2]" cites the ¶2 of each.
			inline := postCheck(tt.claim.Text+" [¶2].", ev())
			if shown := strings.Contains(inline.text, tt.claim.Text); shown != tt.keep {
				t.Errorf("inline: shown %v, want %v (%q)", shown, tt.keep, inline.text)
			}
		})
	}
}
