package claimcheck

import "testing"

func TestPlainClaim(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"brian hook ended up recommending ditching the talks", "brian hook recommended ditching the talks"},
		{"Hook went on to recommend ditching the talks", "Hook recommended ditching the talks"},
		{"the obama administration ended up opposing it", "the obama administration opposed it"},
		{"Hungary actually quit the pact", "Hungary quit the pact"},
		{"Videgaray acabó por firmar", "Videgaray firmar"},
		// A contraction without its apostrophe is written out.
		{"slovakia wont support the pact", "slovakia will not support the pact"},
		// What changes the claim stays.
		{"Haley stopped backing the talks", "Haley stopped backing the talks"},
		{"Miller led the push", "Miller led the push"},
	} {
		if got := plainClaim(tc.in); got != tc.want {
			t.Errorf("plainClaim(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
