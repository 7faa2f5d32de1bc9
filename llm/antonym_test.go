package llm

import (
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestPrefixTurned: a claim that drops or adds a negating prefix to a word
// of its sentence ("consistent" for "inconsistent", "legal" for "illegal")
// is removed, in the structured and the inline check, in two articles; a
// prefix that negates nothing ("immigration") changes nothing.
func TestPrefixTurned(t *testing.T) {
	const poland6 = "But last December, the United States said it was ending its participation in negotiations on the compact, stating that numerous provisions were “inconsistent with U.S. immigration and refugee policies” under President Donald Trump."
	kelly := "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5]}, polandDoc: {6: poland6}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: polandDoc, N: 6}}
	for _, tt := range []struct {
		name string
		qc   quotedClaim
		kept bool
	}{
		{"the prefix dropped", quotedClaim{"The United States said numerous provisions were consistent with U.S. immigration and refugee policies", polandDoc, 6, poland6}, false},
		{"the prefix kept", quotedClaim{"The United States said numerous provisions were inconsistent with U.S. immigration and refugee policies", polandDoc, 6, poland6}, true},
		{"another prefix dropped", quotedClaim{"John Kelly led the Department of Homeland Security’s crackdown on legal immigration", fixtureDoc, 5, kelly}, false},
		{"a prefix that negates nothing", quotedClaim{"John Kelly led the Department of Homeland Security’s crackdown on illegal migration", fixtureDoc, 5, kelly}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := checkQuoted([]quotedClaim{tt.qc}, newEvidence(ps, m))
			if got := len(q.cites) > 0; got != tt.kept {
				t.Errorf("structured: kept = %v (%q), want %v", got, q.text, tt.kept)
			}
			in := postCheck(tt.qc.Text+" [¶"+string(rune('0'+tt.qc.Paragraph))+"].", newEvidence(ps, m))
			if got := len(in.cites) > 0; got != tt.kept {
				t.Errorf("inline: kept = %v (%q), want %v", got, in.text, tt.kept)
			}
		})
	}
}
