package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestUnsureWordDoesNotSupport: a claim that says what a sentence says
// with one word in another word the vectors put as near that word's
// antonym ("weak" for "robust", 0.72 from "weak" and from "strong") is no
// longer supported by it (on main it was: a false claim supported), and a
// superlative turned into its opposite ("lowest" for "highest") is
// contradicted, on two articles; the claims with the sentence's own words,
// or a word of a shared antonym, are still what they were.
func TestUnsureWordDoesNotSupport(t *testing.T) {
	c, _ := newCheckerOn(t, "../testdata/coverage")
	checkCited(t, c, []citedCase{
		{"the marrakech conference concluded with weak appeals for the achievement of its 23 sweeping objectives", NotCovered, ""},
		{"the marrakech conference concluded with robust appeals for the achievement of its 23 sweeping objectives", Supported, "060-un-press-marrakech-concludes-copy"},
		{"about 65.6 million people have been displaced worldwide, the lowest number of displaced people since world war ii", Contradicted, "175-pbs-newshour"},
		// The outlets give 65.6 and 60 million: the claim with the
		// sentence's word stays disputed.
		{"about 65.6 million people have been displaced worldwide, the highest number of displaced people since world war ii", Disputed, "175-pbs-newshour"},
		{"kurz has made limiting unregulated migration a priority", Supported, "083-foxnews-ap-austria"},
	})
}

// TestTurnedSlotDegrees: a comparative or superlative is weighed in its
// positive form, and two words with an antonym in common ("big" and
// "large", against "small") are on the same side.
func TestTurnedSlotDegrees(t *testing.T) {
	c, _ := newChecker(t)
	rel := c.relatedWords()
	const q = "The New Flemish Alliance (N-VA), the largest of the coalition’s four parties, had earlier threatened to leave."
	for _, tc := range []struct {
		claim, opposed, unsure string
	}{
		{"the new flemish alliance, the smallest of the coalitions four parties, had threatened to leave", "smallest", ""},
		{"the new flemish alliance, the biggest of the coalitions four parties, had threatened to leave", "", ""},
		{"the new flemish alliance, the largest of the coalitions four parties, had threatened to leave", "", ""},
	} {
		s := sentence{lang: text.English}
		s.cite.Quote = q
		if o, u := turnedSlot(tc.claim, text.English, s, rel); o != tc.opposed || u != tc.unsure {
			t.Errorf("%q: opposed %q unsure %q, want %q %q", tc.claim, o, u, tc.opposed, tc.unsure)
		}
	}
}
