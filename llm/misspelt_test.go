package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

func TestNearName(t *testing.T) {
	names := map[string]struct{}{"haley": {}, "szijjarto": {}, "kelly": {}, "sessions": {}, "nigel": {}, "niger": {}, "austria": {}, "hook": {}, "guterres": {}}
	tests := []struct {
		word, want string
	}{
		{"hailey", "haley"},       // a letter added
		{"szijarto", "szijjarto"}, // a letter dropped
		{"kelley", "kelly"},
		{"sesisons", "sessions"}, // two letters swapped
		{"austrai", "austria"},
		{"guterrez", "guterres"}, // a letter changed in a long name
		{"nigeh", ""},            // one edit from both "niger" and "nigel"
		{"hoek", ""},             // under the floor
		{"halex", ""},            // a letter changed in a short name
		{"aestria", ""},          // …and in a longer one: another name, maybe
		{"hxalez", ""},           // two edits
	}
	for _, tt := range tests {
		if got := nearName(tt.word, names); got != tt.want {
			t.Errorf("nearName(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestMisspeltName: a claim that misspells a name of its paragraph by one
// letter is checked as if spelt right, on two articles; a name near none
// stays a name the paragraph lacks.
func TestMisspeltName(t *testing.T) {
	m := paraMap{fixtureDoc: {6: fixtureParagraphs[6], 7: fixtureParagraphs[7], 5: fixtureParagraphs[5]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 6}, {Doc: fixtureDoc, N: 7}, {Doc: fixtureDoc, N: 5}, {Doc: hungaryDoc, N: 1}, {Doc: hungaryDoc, N: 3}}
	for i := range ps {
		p, _ := m.Paragraph(ps[i].Doc, ps[i].N)
		ps[i].Text = p.Text
	}
	tests := []struct {
		claim string
		keep  bool
	}{
		{"Nikki Hailey expressed the lone dissent [¶6].", true},
		{"Hailey had argued that the United States would have a better shot at influencing the outcome of the negotiations [¶6].", true},
		{"Foreign Minister Peter Szijarto said Hungary will quit the United Nations migration pact [¶1].", true},
		{"Szijarto said Hungary will not take part at the Morocco meeting [¶3].", true},
		// Misspelt, the claim is still held to what the sentence says.
		{"Nikki Hailey strongly backed a pullout [¶5].", false},
		{"Foreign Minister Peter Szijarto said Hungary will take part at the Morocco meeting [¶3].", false},
		// Another name, not a misspelling of one.
		{"Nikki Bailey expressed the lone dissent [¶6].", false},
		{"Nancy Hale expressed the lone dissent [¶6].", false},
		{"The U.N. ambassador Nikki Haley expressed the lone dissent [¶6].", true},
		{"Nikki Haley, the US ambassador to the UN, expressed the lone dissent [¶6].", true},
		{"Foreign Minister Peter Sziklai said Hungary will quit the United Nations migration pact [¶1].", false},
	}
	for _, tt := range tests {
		res := postCheck(tt.claim, newEvidence(ps, m))
		want := strings.TrimSuffix(tt.claim[:strings.Index(tt.claim, " [")], ".")
		if kept := strings.Contains(res.text, want); kept != tt.keep {
			t.Errorf("inline %q: kept %v, want %v (shown %q)", tt.claim, kept, tt.keep, res.text)
		}
	}
	quoted := []struct {
		c    quotedClaim
		keep bool
	}{
		{quotedClaim{"Nikki Hailey expressed the lone dissent", fixtureDoc, 6, "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}, true},
		{quotedClaim{"Hailey was ultimately overruled by the president", fixtureDoc, 7, "She was ultimately overruled by the president"}, true},
		{quotedClaim{"Nikki Bailey expressed the lone dissent", fixtureDoc, 6, "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}, false},
		{quotedClaim{"Peter Szijarto said Hungary will quit the migration pact", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"}, true},
	}
	for _, tt := range quoted {
		res := checkQuoted([]quotedClaim{tt.c}, newEvidence(ps, m))
		if kept := len(res.cites) > 0; kept != tt.keep {
			t.Errorf("structured %q: kept %v, want %v (shown %q)", tt.c.Text, kept, tt.keep, res.text)
		}
	}
}
