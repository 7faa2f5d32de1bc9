package llm

import (
	"slices"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestFirstWords(t *testing.T) {
	for _, s := range []string{"", "  ", "No, the U.S. didn't.", "¿Sí? — claro", "She was ultimately overruled", "Präsident Trump"} {
		all := text.Words(s)
		for n := 1; n <= 3; n++ {
			got, want := firstWords(s, n), all[:min(n, len(all))]
			if !slices.Equal(got, want) {
				t.Errorf("firstWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
