package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestOppositeWordContradicts: a claim that says what a sentence says with
// one word turned into its opposite, a word of no polarity class ("weak"
// for "strong", "weaken" for "enhance", whose antonym "strengthen" is
// nearer "enhance"), is contradicted by that sentence, in two articles; on
// main the first was supported and the second not covered. The same claim
// with the sentence's word is still supported.
func TestOppositeWordContradicts(t *testing.T) {
	c, _ := newChecker(t)
	checkCited(t, c, []citedCase{
		{"poland's government has taken a weak anti-migrant position", Contradicted, "108-seattletimes-ap-poland"},
		{"poland's government has taken a strong anti-migrant position", Supported, "108-seattletimes-ap-poland"},
		{"the declaration included commitments designed to weaken international border security cooperation", Contradicted, "trump-boycotts-un-migration-talks"},
		{"the declaration included commitments designed to enhance international border security cooperation", Supported, "trump-boycotts-un-migration-talks"},
	})
}

// TestOpposedInNeedsItsSlot: the opposite must stand in the claim's
// word's place; an antonym elsewhere in the sentence, a negated one, a
// negated claim or a word of a polarity class turns nothing around.
func TestOpposedInNeedsItsSlot(t *testing.T) {
	c, _ := newChecker(t)
	rel := c.relatedWords()
	const q = "Poland’s government has taken a strong anti-migrant position."
	for _, tc := range []struct {
		claim, quote, want string
	}{
		{"poland's government has taken a weak anti-migrant position", q, "weak"},
		{"poland's government has taken a strong anti-migrant position", q, ""},
		// "weak" has no slot mate: the words around it differ.
		{"poland's weak government took an anti-migrant position", q, ""},
		{"poland's government has taken a weak anti-migrant position", "Poland’s government has taken a not strong anti-migrant position.", ""},
		{"poland's government has not taken a weak anti-migrant position", q, ""},
		// A word of a polarity class is the class lists' to turn: the
		// vectors put "supports" nearer "push" than "pulled" is.
		{"the united states pulled out of the migration compact", "He said the United States supports international cooperation on migration issues.", ""},
	} {
		s := sentence{lang: text.English}
		s.cite.Quote = tc.quote
		if got := opposedIn(tc.claim, text.English, s, rel); got != tc.want {
			t.Errorf("%q against %q: opposed word %q, want %q", tc.claim, tc.quote, got, tc.want)
		}
	}
}
