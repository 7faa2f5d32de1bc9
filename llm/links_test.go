package llm

import (
	"slices"
	"testing"

	"github.com/footnote-bot/footnote"
)

func TestLinks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"see https://evil.example for more", []string{"https://evil.example"}},
		{"see https://evil.example/a?b=1.", []string{"https://evil.example/a?b=1"}},
		{"(evil.example)", []string{"evil.example"}},
		{"www.evil.example/path, and", []string{"www.evil.example/path"}},
		{"write to press@evil.example.", []string{"press@evil.example"}},
		{"[the mission](https://evil.example/un)", []string{"[the mission](https://evil.example/un)"}},
		{"[click](javascript:alert(1))", []string{"[click](javascript:alert(1)"}},
		{"<https://evil.example>", []string{"https://evil.example"}},
		{"ftp://files.example/x", []string{"ftp://files.example/x"}},
		// Not links: abbreviations, numbers, a sentence end.
		{"the U.S. mission, Sen. Kelly, 3.5 million, e.g. this, a.m. Ph.D.", nil},
		{"Haley dissented. Kelly backed it.", nil},
		{"@everyone <@123>", nil},
	}
	for _, tt := range tests {
		got, _ := links(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("links(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContainsLink(t *testing.T) {
	tests := []struct {
		text, link string
		want       bool
	}{
		{"Details at https://www.state.gov/un.", "https://www.state.gov/un", true},
		{"Details at https://www.state.gov/un.", "www.state.gov", false}, // part of a longer link
		{"Details at state.gov.", "state.gov", true},
		{"Details at notstate.gov.", "state.gov", false},
		{"Details at state.gov.evil.example", "state.gov", false},
		{"Details at https://www.state.gov/united", "https://www.state.gov/un", false},
		{"Write to press@state.gov, today.", "press@state.gov", true},
		{"Write to xpress@state.gov.", "press@state.gov", false},
		{"See [the release](https://state.gov/r).", "[the release](https://state.gov/r)", true},
	}
	for _, tt := range tests {
		if got := containsLink(tt.text, tt.link); got != tt.want {
			t.Errorf("containsLink(%q, %q) = %v, want %v", tt.text, tt.link, got, tt.want)
		}
	}
}

// paragraphs is an footnote.Paragraphs over a few paragraphs of one article.
type paragraphs map[int]string

func (p paragraphs) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := p[n]
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, ok
}

// TestPostCheckLinks: a link the cited paragraph holds verbatim is kept; a
// link it doesn't hold fails the claim, even when the rest holds.
func TestPostCheckLinks(t *testing.T) {
	paras := paragraphs{
		1: "The State Department published the full statement on its website, https://www.state.gov/un-migration, on Saturday night.",
		2: "Questions from the press went to press@state.gov, the mission said.",
	}
	ps := []footnote.Passage{{Doc: "d", N: 1, Text: paras[1]}, {Doc: "d", N: 2, Text: paras[2]}}
	tests := []struct {
		reply, want string
	}{
		{"The State Department published the full statement at https://www.state.gov/un-migration [¶1].",
			"The State Department published the full statement at https://www.state.gov/un-migration [¶1]."},
		{"The State Department published the full statement at https://www.state.gov/un-migration-full [¶1].", ""},
		{"The State Department published the full statement at https://www.state.gov [¶1].", ""},
		{"The State Department published the full statement at [its website](https://www.state.gov/un-migration) [¶1].", ""},
		{"Questions from the press went to press@state.gov [¶2].", "Questions from the press went to press@state.gov [¶2]."},
		{"Questions from the press went to press@state.gov.evil [¶2].", ""},
		// An address the model cites to the wrong paragraph is re-cited
		// only to one that holds it.
		{"Questions from the press went to press@state.gov [¶1].", "Questions from the press went to press@state.gov [¶2]."},
	}
	for _, tt := range tests {
		res := postCheck(tt.reply, newEvidence(ps, paras))
		if res.text != tt.want {
			t.Errorf("postCheck(%q) = %q, want %q", tt.reply, res.text, tt.want)
		}
	}
}
