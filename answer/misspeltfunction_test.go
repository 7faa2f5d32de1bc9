package answer

import (
	"strings"
	"testing"
)

// TestMisspeltFunctionWord: a misspelt function word ("abuot",
// "becuase") is read as the word it misspells, which asks about nothing:
// the question is answered as its correct spelling is, on the article
// alone and on the three articles (main refused both misspelt, the rare
// word carrying half the question's weight).
func TestMisspeltFunctionWord(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		ask := asker(t, newExtractiveFor(t, dir))
		for typo, right := range map[string]string{
			"what did the mission say abuot the declaration": "what did the mission say about the declaration",
			"why did haley disagree becuase":                 "why did haley disagree because",
		} {
			a, b := ask(typo), ask(right)
			if a.Refused || a.Text != b.Text {
				t.Errorf("%s: %q answered (refused=%v) %q, its spelling %q", dir, typo, a.Refused, a.Text, b.Text)
			}
		}
		if a := ask("what did the mission say abuot the declaration"); !strings.Contains(a.Text, "inconsistent") {
			t.Errorf("%s: the mission's statement not quoted: %q", dir, a.Text)
		}
	}
}
