package claimcheck

import "testing"

func TestRecased(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the meeting opened on saturday, 4 december", "the meeting opened on Saturday, 4 December"},
		{"stephen miller may march on monday", "stephen miller may march on Monday"},
		{"la reunión se abrió el sábado", "la reunión se abrió el sábado"},
	} {
		if got := recased(tc.in); got != tc.want {
			t.Errorf("recased(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
