package llm

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// poland8 is ¶8 of testdata/articles/108-seattletimes-ap-poland.md: its
// first clause gaps the verb of its second.
const poland8 = "Hungary withdrew in July and Austria in October, while reservations are being expressed in other countries, too, including Bulgaria and the Czech Republic."

func TestGappedPairs(t *testing.T) {
	got := gappedPairs(poland8)
	if len(got) != 1 || !slices.Equal(got[0].names, []string{"austria"}) || got[0].date != "october" {
		t.Errorf("gappedPairs(poland8) = %+v, want Austria with October", got)
	}
	// No gapped clause: "and just days before the Mexican government is
	// scheduled Monday", "and Attorney General Jeff Sessions strongly
	// backed".
	for _, n := range []int{2, 5, 8} {
		if got := gappedPairs(fixtureParagraphs[n]); len(got) > 0 {
			t.Errorf("gappedPairs(¶%d) = %+v, want none", n, got)
		}
	}
}

// polandEvidence is evidence over ¶2 and ¶8 of the Poland article.
func polandEvidence() *evidence {
	m := paraMap{polandDoc: {2: poland2, 8: poland8}}
	return newEvidence([]footnote.Passage{{Doc: polandDoc, N: 8, Text: poland8}, {Doc: polandDoc, N: 2, Text: poland2}}, m)
}

func TestGappedClauseDates(t *testing.T) {
	const quote = "Hungary withdrew in July and Austria in October"
	tests := []struct {
		claim string
		keep  bool
	}{
		{"Hungary withdrew in July", true},
		{"Austria withdrew in October", true},
		{"Hungary withdrew in July and Austria in October", true},
		{"Hungary withdrew in October", false}, // Austria's month
		{"Austria withdrew in July", false},    // Hungary's month
	}
	for _, tt := range tests {
		res := checkQuoted([]quotedClaim{{Text: tt.claim, Article: polandDoc, Paragraph: 8, Quote: quote}}, polandEvidence())
		if kept := len(res.cites) > 0; kept != tt.keep {
			t.Errorf("structured %q: kept %v, want %v (%q)", tt.claim, kept, tt.keep, res.text)
		}
		res = postCheck(tt.claim+" [¶8].", polandEvidence())
		if kept := strings.Contains(res.text, tt.claim); kept != tt.keep {
			t.Errorf("inline %q: kept %v, want %v (%q)", tt.claim, kept, tt.keep, res.text)
		}
	}
}
