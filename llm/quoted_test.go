package llm

import (
	"strings"
	"testing"
)

// TestSecondHalfGoesOn: a model that cuts a sentence into two claims
// gives the second one in lower case ("but Brian Hook…", "adding
// that…"). Shown after its first half, it goes on from it, after a
// comma, rather than standing as a sentence of its own; when its first
// half is removed it starts the sentence, capitalised. On two articles.
func TestSecondHalfGoesOn(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	opposed := quotedClaim{"The State Department initially opposed the withdrawal", fixtureDoc, 5, "The State Department initially opposed the withdrawal"}
	hook := quotedClaim{"but Brian Hook reversed course and recommended ditching the negotiations.", fixtureDoc, 5,
		"Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations"}
	quit := quotedClaim{"Hungary will quit the United Nations migration pact before its final approval", hungaryDoc, 1,
		"Hungary will quit the United Nations migration pact before its final approval"}
	morocco := quotedClaim{"and it will not take part at the Morocco meeting", hungaryDoc, 3, "Hungary will not take part at the Morocco meeting"}
	// Haley dissented (¶6); the claim is removed.
	haleyBacked := quotedClaim{"Nikki Haley backed the pullout", fixtureDoc, 6, "with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}
	tests := []struct {
		name   string
		claims []quotedClaim
		want   []string // in the text shown, in order
		not    []string
	}{
		{"the State Department, then Hook", []quotedClaim{opposed, hook},
			[]string{"The State Department initially opposed the withdrawal [", "], but Brian Hook reversed course", "negotiations ["}, []string{". but", ". But"}},
		{"Hungary quits, and stays away from Morocco", []quotedClaim{quit, morocco},
			[]string{"Hungary will quit", "], and it will not take part at the Morocco meeting ["}, []string{". and", ". And"}},
		{"its first half removed", []quotedClaim{haleyBacked, hook},
			[]string{"But Brian Hook reversed course"}, []string{"Haley", ", but"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted(tt.claims, evidenceOver(m))
			at := 0
			for _, w := range tt.want {
				i := strings.Index(res.text[at:], w)
				if i < 0 {
					t.Fatalf("%q not shown (after byte %d) in %q", w, at, res.text)
				}
				at += i + len(w)
			}
			for _, n := range tt.not {
				if strings.Contains(res.text, n) {
					t.Errorf("%q shown in %q", n, res.text)
				}
			}
			if !strings.HasSuffix(res.text, ".") {
				t.Errorf("the answer does not end its sentence: %q", res.text)
			}
		})
	}
}

// TestFirstHalfRemoved: in an inline answer, a sentence whose first claim
// is removed opens with its second one, capitalised, after the space and
// list marker the sentence had, not with the comma that joined the two.
// On two articles.
func TestFirstHalfRemoved(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2], 5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	tests := []struct{ answer, want string }{
		// Haley dissented (¶6).
		{"Trump made the decision on Friday [¶2]. Nikki Haley backed the pullout [¶6], and Attorney General Jeff Sessions strongly backed a pullout [¶5].",
			"Trump made the decision on Friday [¶2]. And Attorney General Jeff Sessions strongly backed a pullout [¶5]."},
		{"Trump made the decision on Friday [¶2].\n\n- Nikki Haley backed the pullout [¶6]; Attorney General Jeff Sessions strongly backed a pullout [¶5].",
			"Trump made the decision on Friday [¶2].\n\n- Attorney General Jeff Sessions strongly backed a pullout [¶5]."},
		// Szijjarto spoke on Wednesday (¶1).
		{"Peter Szijjarto said on Monday that Hungary would quit the pact [¶1], but Hungary will not take part at the Morocco meeting [¶3].",
			"But Hungary will not take part at the Morocco meeting [¶3]."},
	}
	for _, tt := range tests {
		if got := postCheck(tt.answer, evidenceOver(m)).text; got != tt.want {
			t.Errorf("%q\nshown %q\nwant  %q", tt.answer, got, tt.want)
		}
	}
}
