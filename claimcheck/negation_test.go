package claimcheck

import "testing"

func TestWithoutNegation(t *testing.T) {
	for _, tc := range []struct{ in, affirmed, verb string }{
		{"the obama administration never backed the declaration", "the obama administration backed the declaration", "backed"},
		{"Hungary didn't quit the pact", "Hungary did quit the pact", "quit"},
		{"Polen wird den Pakt nicht unterzeichnen", "Polen wird den Pakt unterzeichnen", "unterzeichnen"},
		{"Hungary quit the pact", "", ""},
	} {
		affirmed, verb, ok := withoutNegation(tc.in)
		if ok != (tc.affirmed != "") || ok && (affirmed != tc.affirmed || verb != tc.verb) {
			t.Errorf("withoutNegation(%q) = %q, %q, %v; want %q, %q", tc.in, affirmed, verb, ok, tc.affirmed, tc.verb)
		}
	}
}
