package llm

import (
	"slices"
	"testing"
)

func TestSplitClauses(t *testing.T) {
	tests := []struct {
		claim string
		want  []string
	}{
		{"The conference took place in Puerto Vallarta, Mexico, and was hosted by the Mexican government ",
			[]string{"The conference took place in Puerto Vallarta, Mexico", "and was hosted by the Mexican government "}},
		{"Rex Tillerson did not attend; he was represented by Brian Hook",
			[]string{"Rex Tillerson did not attend", "he was represented by Brian Hook"}},
		{"Kelly and Sessions backed a pullout because of the cost of the program",
			[]string{"Kelly and Sessions backed a pullout", "because of the cost of the program"}},
		{"Trump tomó la decisión el viernes y la misión de EE. UU. informó a la ONU el sábado",
			[]string{"Trump tomó la decisión el viernes", "y la misión de EE. UU. informó a la ONU el sábado"}},
		// Names joined by "and" are no clause of their own.
		{"Jeff Sessions and John Kelly wanted to leave", []string{"Jeff Sessions and John Kelly wanted to leave"}},
		{"Hungary and Austria rejected the compact", []string{"Hungary and Austria rejected the compact"}},
		// A short tail stays with its clause.
		{"Poland rejected the compact, and Hungary too", []string{"Poland rejected the compact, and Hungary too"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range splitClauses(tt.claim) {
			got = append(got, c.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitClauses(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// TestPostCheckClauses: a claim that fails as a whole under its marker is
// shown clause by clause, each clause with the paragraph that holds it,
// in more than one article; a clause giving a reason is never shown on its
// own, and a claim whose every clause fails is removed whole.
func TestPostCheckClauses(t *testing.T) {
	tests := []struct {
		name, reply, want string
	}{
		{"second clause of another paragraph is re-cited",
			"Nikki Haley expressed the lone dissent, and she was ultimately overruled by the president [¶6].",
			"Nikki Haley expressed the lone dissent [¶6], and she was ultimately overruled by the president [¶7]."},
		{"invented reason cut off",
			"Kelly and Sessions strongly backed a pullout because of the cost of the program [¶5].",
			"Kelly and Sessions strongly backed a pullout [¶5]."},
		{"a reason the articles hold elsewhere is not shown alone",
			"Hungary will quit the United Nations migration pact because Poland rejected it [¶1].",
			"Hungary will quit the United Nations migration pact [¶1]."},
		{"two clauses of one paragraph in Spanish",
			"Trump tomó la decisión el viernes y la misión de EE. UU. informó a la ONU el sábado [¶2].",
			"Trump tomó la decisión el viernes [¶2] y la misión de EE. UU. informó a la ONU el sábado [¶2]."},
		{"a false first clause removed, the true one kept with a capital",
			"Hungary will take part in the Morocco meeting, but the accord is to be formally adopted in December [¶3].",
			"But the accord is to be formally adopted in December [¶3]."},
		{"a clause that takes its subject from a removed one goes with it",
			"Tillerson attended the principals' meeting, and he recommended ditching the negotiations [¶5].", ""},
		{"a clause whose pronoun points into a removed clause, in another article",
			"Poland rejected the compact in 2015, and it is due to be formally approved at a Dec. 10-11 meeting in Marrakech [¶2].", ""},
		{"no clause holds",
			"The compact was signed in Geneva, and Austria joined it in October [¶2].", ""},
		{"a claim that holds whole is not split",
			"The compact was finalized under U.N. auspices in July, and it is due to be formally approved in Marrakech [¶2].",
			"The compact was finalized under U.N. auspices in July, and it is due to be formally approved in Marrakech [¶2]."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := postCheck(tt.reply, threeArticles())
			if res.text != tt.want {
				t.Errorf("text:\n got %q\nwant %q", res.text, tt.want)
			}
			if n := len(markerRe.FindAllString(res.text, -1)); n != len(res.cites) {
				t.Errorf("%d markers shown for %d citations", n, len(res.cites))
			}
		})
	}
}

// TestQuotedReason: a structured claim keeps what its quote backs, without
// a reason it adds that nothing holds, in two articles.
func TestQuotedReason(t *testing.T) {
	for _, tt := range []struct {
		qc   quotedClaim
		want string
	}{
		{quotedClaim{"Kelly and Sessions strongly backed a pullout because of the cost of the program", fixtureDoc, 5,
			"Attorney General Jeff Sessions strongly backed a pullout"}, "Kelly and Sessions strongly backed a pullout [¶5]."},
		{quotedClaim{"Hungary will not take part at the Morocco meeting because it fears terrorism", hungaryDoc, 3,
			"Hungary will not take part at the Morocco meeting"}, "Hungary will not take part at the Morocco meeting [¶3]."},
		{quotedClaim{"Hungary will quit the pact because the accord posed a threat to the world", hungaryDoc, 1,
			"Hungary will quit the United Nations migration pact before its final approval"}, "Hungary will quit the pact because the accord posed a threat to the world [¶1]."},
	} {
		if got := checkQuoted([]quotedClaim{tt.qc}, threeArticles()).text; got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.qc.Text, got, tt.want)
		}
	}
}
