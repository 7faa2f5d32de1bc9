package claimcheck

import "testing"

func TestRecased(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the meeting opened on saturday, 4 december", "the meeting opened on Saturday, 4 December"},
		{"stephen miller may march on monday", "stephen miller may march on Monday"},
		// "may" and "march" are months after a word that opens a time,
		// or before a number.
		{"the compact was finalized in march", "the compact was finalized in March"},
		{"since may the talks may resume by march 5", "since May the talks may resume by March 5"},
		{"la reunión se abrió el sábado", "la reunión se abrió el sábado"},
	} {
		if got := recased(tc.in); got != tc.want {
			t.Errorf("recased(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
