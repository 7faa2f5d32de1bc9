package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestWhetherIsNoStance: a stance asked in an indirect question ("met to
// determine whether the United States would participate", "ob Polen
// beitritt") is no one's stance, as one in a condition is not; the same
// words said outright are.
func TestWhetherIsNoStance(t *testing.T) {
	for _, tc := range []struct {
		s    string
		word string
		want bool
	}{
		{"The advisors met early last week to determine whether the United States would participate in the talks.", "participate", true},
		{"Die Regierung prüft, ob Polen dem Pakt beitritt.", "beitritt", true},
		{"The United States would participate in the talks, the advisors said.", "participate", false},
	} {
		ws := text.Words(tc.s)
		cond := inCondition(tc.s, ws)
		found := false
		for i, w := range ws {
			if w.Text == tc.word {
				found = true
				if cond[i] != tc.want {
					t.Errorf("%q: %q in a condition or question = %v, want %v", tc.s, tc.word, cond[i], tc.want)
				}
			}
		}
		if !found {
			t.Fatalf("%q lacks %q", tc.s, tc.word)
		}
	}
}
