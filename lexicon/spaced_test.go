package lexicon

import (
	"slices"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestGlossesOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		lang       text.Lang
		word, want string
	}{
		{text.Spanish, "firmará", "sign"}, // a verb's future through its stem
		{text.Spanish, "colaborando", "cooperate"},
		{text.German, "unterzeichnet", "sign"}, // a participle, its stem trimmed
		{text.German, "Souveränität", "sovereignty"},
		{text.French, "retirer", "withdraw"},
		{text.Spanish, "seguirá", "continue"},
		{text.Italian, "firmerà", "sign"},
		{text.Portuguese, "participar", "participate"},
	} {
		if got := Glosses(c.lang, c.word); !slices.Contains(got, c.want) {
			t.Errorf("Glosses(%s, %q) = %v, want %q among them", c.lang, c.word, got, c.want)
		}
	}
}
