package claimcheck

import (
	"context"
	"testing"
)

func TestCheckPersonStance(t *testing.T) {
	fp, _ := newChecker(t)
	l := library{
		paras: map[string][]string{
			"breitbart": {
				"President Donald Trump overruled objections by his United Nations ambassador when he directed the U.S. leave the “Global Compact on Migration” treaty.",
				"U.N.. Ambassador Nikki Haley wanted the United States to stay in the pro-migration treaty which is being advanced by a multinational conference in Mexico on Monday, December 4.",
			},
			"scmp": {
				"Belgium’s Prime Minister Charles Michel was left leading a minority administration on Sunday after the Flemish nationalist party quit the ruling coalition over his support of a UN migration pact.",
				"The New Flemish Alliance (N-VA), the largest of the coalition’s four parties, had earlier threatened to leave if Michel backed the controversial accord.",
			},
		},
		langs: map[string]string{"breitbart": "en", "scmp": "en"},
		heads: map[string]string{"breitbart": "President Trump Overrules Deputy, Deflates U.N.’s Pro-Immigration Treaty"},
	}
	other := New(l, l)
	for _, tc := range []struct {
		c     *Checker
		claim string
		want  Verdict
		doc   string
	}{
		// The person took the other stance, in a sentence that shares
		// little else with the claim.
		{fp, "jeff sessions wanted the US to stay in the talks", Contradicted, "trump-boycotts-un-migration-talks"},
		{fp, "john kelly wanted the us to stay in the migration talks", Contradicted, "trump-boycotts-un-migration-talks"},
		{fp, "jeff sessions backed pulling out of the talks", Supported, "trump-boycotts-un-migration-talks"},
		// "Miller" names Stephen Miller.
		{fp, "Stephen Miller led efforts to join the migration talks", Contradicted, "trump-boycotts-un-migration-talks"},
		{other, "nikki haley wanted the us to pull out of the migration treaty", Contradicted, "breitbart"},
		{other, "nikki haley wanted the us to stay in the migration treaty", Supported, "breitbart"},
		// A stance in a clause of what may happen ("if Michel backed
		// the accord") is no one's.
		{other, "Charles Michel quit the ruling coalition over his support of a UN migration pact", NotCovered, ""},
	} {
		res, err := tc.c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if tc.doc != "" && (len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc) {
			t.Errorf("%q: citations %+v, want %s first", tc.claim, res.Citations, tc.doc)
		}
	}
}
