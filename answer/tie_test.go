package answer

import (
	"strings"
	"testing"
)

// TestEarlierParagraphOnTie: when two paragraphs of one article answer a
// question alike, the earlier one, where a news article says its main
// facts, is quoted (on the Reuters and the AP article).
func TestEarlierParagraphOnTie(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for q, want := range map[string]string{
		"why is hungary against the accord": "threat to the world",
		"so poland is out too?":             "will not support",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q answered (refused=%v) %q, want %q", q, a.Refused, a.Text, want)
		}
	}
}
