package llm

import "testing"

// TestEmbeddedSubject: a claim that makes the person a relative clause
// mentions the subject of what the sentence says after the clause is
// removed, in the structured and the inline check; the person the clause
// describes keeps it, and so does a claim on what the clause itself says,
// or on a sentence of another article whose clause names no one.
func TestEmbeddedSubject(t *testing.T) {
	hook := "its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations"
	kelly := "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"
	for _, tt := range []struct {
		name string
		qc   quotedClaim
		kept bool
	}{
		{"the represented person made the subject", quotedClaim{"Secretary of State Rex Tillerson reversed course and recommended ditching the negotiations", fixtureDoc, 5, hook}, false},
		{"the person the clause describes", quotedClaim{"Brian Hook reversed course and recommended ditching the negotiations", fixtureDoc, 5, hook}, true},
		{"what the clause itself says", quotedClaim{"Rex Tillerson was represented at the principals' meeting by Brian Hook", fixtureDoc, 5, hook}, true},
		{"a department named in a clause made the subject", quotedClaim{"The Department of Homeland Security strongly backed a pullout", fixtureDoc, 5, kelly}, false},
		{"the people the sentence makes its subject", quotedClaim{"John Kelly and Jeff Sessions strongly backed a pullout", fixtureDoc, 5, kelly}, true},
		{"a clause that names no one, in another article", quotedClaim{"The Global Compact for Safe, Orderly and Regular Migration was finalized under U.N. auspices in July", polandDoc, 2,
			"The Global Compact for Safe, Orderly and Regular Migration, which won’t be legally binding, was finalized under U.N. auspices in July."}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := checkQuoted([]quotedClaim{tt.qc}, threeArticles())
			if got := len(q.cites) > 0; got != tt.kept {
				t.Errorf("structured: kept = %v (%q), want %v", got, q.text, tt.kept)
			}
			in := postCheck(tt.qc.Text+" [¶"+string(rune('0'+tt.qc.Paragraph))+"].", threeArticles())
			if got := len(in.cites) > 0; got != tt.kept {
				t.Errorf("inline: kept = %v (%q), want %v", got, in.text, tt.kept)
			}
		})
	}
}
