package retrieval

import "testing"

func TestExpand(t *testing.T) {
	vocab := []string{"overrul", "decis", "white", "migrat", "haley", "mexican", "support", "argu", "advisor", "night"}
	lx := newLexicon([]fieldTerms{{self: vocab}}, contextWeight)
	tests := []struct {
		query, want string
		match       bool
	}{
		{"overul", "overrul", true},  // a letter missing
		{"hailey", "haley", true},    // a letter too many
		{"migart", "migrat", true},   // two letters swapped, long word
		{"decid", "decis", true},     // a short word's last letter
		{"write", "white", false},    // a short word's inner letter
		{"right", "night", false},    // likewise
		{"mexico", "mexican", true},  // same root, vowel suffix
		{"advis", "advisor", true},   // likewise
		{"suppos", "support", false}, // a consonant after the shared part
	}
	for _, tt := range tests {
		got := false
		for _, m := range lx.expand(tt.query) {
			if lx.stems[m.id] == tt.want {
				got = true
			}
		}
		if got != tt.match {
			t.Errorf("expand(%q) matches %q = %v, want %v", tt.query, tt.want, got, tt.match)
		}
	}
}
