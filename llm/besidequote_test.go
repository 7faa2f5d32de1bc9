package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestNumberBesideTheQuote: a number or date of the claim may be in the
// sentence next to its quote when that sentence holds all the claim's
// facts and the quoted ones hold no number or date (factSentence); on the
// fixture article and the AP article on Poland.
func TestNumberBesideTheQuote(t *testing.T) {
	paras := paraMap{
		fixtureDoc: {2: fixtureParagraphs[2], 3: fixtureParagraphs[3], 8: fixtureParagraphs[8]},
		polandDoc:  {2: poland2},
	}
	const millerQuote = "In recent weeks, Miller led efforts to pull out of the migration talks."
	tests := []struct {
		name  string
		claim quotedClaim
		keep  bool
	}{
		{"an age from the sentence that introduces the person",
			quotedClaim{"Stephen Miller, 32, led efforts to pull out of the migration talks", fixtureDoc, 3, millerQuote}, true},
		{"in French, the age and the White House from that sentence",
			quotedClaim{"Stephen Miller, conseiller de la Maison Blanche âgé de 32 ans, a mené les efforts pour retirer les États-Unis des négociations", fixtureDoc, 3, millerQuote}, true},
		{"an age nowhere in the paragraph",
			quotedClaim{"Stephen Miller, 45, led efforts to pull out of the migration talks", fixtureDoc, 3, millerQuote}, false},
		{"a verb the quote doesn't say, with the age beside it",
			quotedClaim{"Stephen Miller, 32, opposed efforts to pull out of the migration talks", fixtureDoc, 3, millerQuote}, false},
		{"a day from the sentence before, whose own sentence has another day",
			quotedClaim{"The US mission notified the United Nations on Friday", fixtureDoc, 2, "the U.S. mission to the United Nations informed Secretary-General António Guterres"}, false},
		{"a date from the sentence about another event and other people",
			quotedClaim{"The Obama administration endorsed the New York declaration in September 2016", fixtureDoc, 8, "The so-called New York declaration that came out of that meeting was endorsed by the Obama administration"}, false},
		{"a month moved from one sentence to the other",
			quotedClaim{"The compact is due to be formally approved in July", polandDoc, 2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted([]quotedClaim{tt.claim}, evidenceOver(paras))
			if !tt.keep {
				if len(res.cites) > 0 {
					t.Fatalf("shown: %q %+v", res.text, res.cites)
				}
				return
			}
			if len(res.cites) != 1 || res.cites[0].Paragraph != tt.claim.Paragraph {
				t.Fatalf("citations %+v, want ¶%d (text %q)", res.cites, tt.claim.Paragraph, res.text)
			}
			// The citation shows the sentence with the number too.
			if q := res.cites[0].Quote; !strings.Contains(q, "32-year-old") || !strings.Contains(q, "Miller led efforts") {
				t.Errorf("quote %q lacks the age's sentence or the quoted one", q)
			}
			if !footnote.QuoteIn(res.cites[0].Quote, paras[tt.claim.Article][tt.claim.Paragraph]) {
				t.Errorf("quote %q is not in the paragraph", res.cites[0].Quote)
			}
		})
	}
}
