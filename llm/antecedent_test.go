package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestPronounAntecedent: a claim that opens with "she" or "he" is about a
// person the claim before it names, on two articles: a paragraph that
// matches its words but never speaks of that person doesn't support it;
// one that names the person (or refers back to the paragraph that does)
// does.
func TestPronounAntecedent(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: fixtureDoc, N: 6}, {Doc: fixtureDoc, N: 7}, {Doc: hungaryDoc, N: 1}, {Doc: hungaryDoc, N: 3}}
	for i := range ps {
		p, _ := m.Paragraph(ps[i].Doc, ps[i].N)
		ps[i].Text = p.Text
	}
	tests := []struct {
		answer, second string
		keep           bool
	}{
		// ¶5 is about the State Department, which "initially opposed
		// the withdrawal"; it never speaks of Haley.
		{"At the meeting, Haley argued that staying in the talks would give the U.S. more influence [¶6]. So she initially opposed the withdrawal [¶5].",
			"So she initially opposed the withdrawal", false},
		// Hungary's ¶1: Szijjarto, not Trump, called the accord a threat.
		{"Trump decided to boycott the talks [¶7]. He said the accord posed a threat to the world [¶1].",
			"He said the accord posed a threat to the world", false},
		// The pronoun stands for the name the cited paragraph writes.
		{"President Trump overruled Nikki Haley [¶7]. She expressed the lone dissent [¶6].",
			"She expressed the lone dissent", true},
		{"Foreign Minister Peter Szijjarto said Hungary would quit the pact [¶1]. He said Hungary will not take part at the Morocco meeting [¶3].",
			"He said Hungary will not take part at the Morocco meeting", true},
		// ¶7 opens with "She", referring to ¶6's Haley.
		{"Haley had argued that the United States would have a better shot at influencing the outcome [¶6]. She was ultimately overruled by the president [¶7].",
			"She was ultimately overruled by the president", true},
	}
	for _, tt := range tests {
		res := postCheck(tt.answer, newEvidence(ps, m))
		if kept := strings.Contains(res.text, tt.second); kept != tt.keep {
			t.Errorf("%q: kept %v, want %v (shown %q)", tt.second, kept, tt.keep, res.text)
		}
	}
}
