package claimcheck

import (
	"context"
	"testing"
)

// TestCheckSynonyms: a true claim posted with a synonym of no polarity
// class, one the coverage never writes ("menace" for "threat",
// "contended" for "argued"), is supported, on two articles; a claim
// with a word that is no synonym ("benefit") is not.
func TestCheckSynonyms(t *testing.T) {
	c, _ := newChecker(t)
	checkCited(t, c, []citedCase{
		{"szijjarto said the deal posed a menace to the world", Supported, "078-reuters-in-hungary-quit"},
		{"szijjarto said the deal posed a benefit to the world", NotCovered, ""},
		{"haley had contended that the us would have a better shot at influencing the outcome if it participated in the process", Supported, "trump-boycotts-un-migration-talks"},
		{"the compact is due to be informally approved at a dec. 10-11 meeting in marrakech", NotCovered, ""},
	})
}

// citedCase is a claim, the verdict a checker must give it and the
// article its first citation must come from ("" for any).
type citedCase struct {
	claim string
	want  Verdict
	doc   string
}

// checkCited checks each claim with c and reports those given another
// verdict or citing another article.
func checkCited(t *testing.T, c *Checker, cases []citedCase) {
	t.Helper()
	for _, tc := range cases {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want || tc.doc != "" && (len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc) {
			t.Errorf("%q: %s citing %+v (%s), want %s citing %q", tc.claim, res.Verdict, res.Citations, res.Explanation, tc.want, tc.doc)
		}
	}
}
