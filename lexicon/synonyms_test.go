package lexicon

import "testing"

func TestSynonyms(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"quit", "resigned", true},
		{"kids", "children", true},
		{"bigger", "large", true},
		{"commenced", "began", true},
		// Antonyms and co-hyponyms, close by the vectors, are not.
		{"more", "less", false},
		{"increase", "decrease", false},
		{"early", "late", false},
		{"north", "south", false},
		{"monday", "tuesday", false},
		{"majority", "minority", false},
		{"encourage", "discourage", false},
		{"refugees", "migrants", false},
	} {
		if got := Synonyms(tc.a, tc.b); got != tc.want {
			t.Errorf("Synonyms(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
