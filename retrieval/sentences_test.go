package retrieval

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"The U.S. mission said no. Then it left.", []string{"The U.S. mission said no.", "Then it left."}},
		{"Former U.N. Secretary-General Ban Ki-moon hosted it. The so-called New York declaration followed.",
			[]string{"Former U.N. Secretary-General Ban Ki-moon hosted it.", "The so-called New York declaration followed."}},
		{"“But our decisions are ours,” she added. “We will decide.”", []string{"“But our decisions are ours,” she added.", "“We will decide.”"}},
		{"It noted that the “provisions are inconsistent.” As a result, he left.", []string{"It noted that the “provisions are inconsistent.”", "As a result, he left."}},
		{"Mr. Smith went home. He slept.", []string{"Mr. Smith went home.", "He slept."}},
		{"Title line\nBy Jane Roe.\nLink: https://x.test/a.b", []string{"Title line", "By Jane Roe.", "Link: https://x.test/a.b"}},
		{"No end", []string{"No end"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := SplitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
