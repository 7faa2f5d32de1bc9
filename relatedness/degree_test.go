package relatedness

import "testing"

// TestPositive: a comparative or superlative of an adjective with antonyms
// reads as its positive form; a noun ending in "-er" stays itself.
func TestPositive(t *testing.T) {
	for _, tc := range [][2]string{{"smallest", "small"}, {"bigger", "big"}, {"easiest", "easy"}, {"largest", "large"}, {"paper", "paper"}, {"corner", "corner"}, {"strong", "strong"}} {
		if got := Positive(tc[0]); got != tc[1] {
			t.Errorf("Positive(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}
