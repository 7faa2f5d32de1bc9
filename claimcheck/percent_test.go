package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestPercentWrittenAnyWay: a share is one quantity however it is
// written, and another share differs.
func TestPercentWrittenAnyWay(t *testing.T) {
	for _, tc := range []struct {
		claim, quote string
		lang         text.Lang
		same         bool
	}{
		{"austria took in 1% of its population", "Austria accepted one per cent of its population", text.English, true},
		{"austria took in 1 percent of its population", "Austria accepted 1% of its population", text.English, true},
		{"el paro bajó al 5 por ciento", "el paro bajó al cinco por ciento", text.Spanish, true},
		{"austria took in 3% of its population", "Austria accepted one per cent of its population", text.English, false},
	} {
		cq, sq := quantities(tc.claim, tc.lang), quantities(tc.quote, tc.lang)
		if got := matchesEach(cq, sq) && !differs(cq, sq); got != tc.same {
			t.Errorf("%q against %q: same %v, want %v (%v, %v)", tc.claim, tc.quote, got, tc.same, cq, sq)
		}
	}
}
