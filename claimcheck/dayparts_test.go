package claimcheck

import (
	"context"
	"testing"
)

// TestCheckDayPart: a part of the day between a deed and its day ("resigned
// late on Thursday evening") leaves the day the deed's: a claim of another
// day is contradicted, one of that day supported. The Foreign Policy article
// beside it gives other days for other events.
func TestCheckDayPart(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/articles/trump-boycotts-un-migration-talks.md", "../testdata/coverage/170-praguemonitor-business-lajcak-resigns.md")
	checkCited(t, c, []citedCase{
		{"lajcak resigned as foreign minister on monday night", Contradicted, "170-praguemonitor-business-lajcak-resigns"},
		{"lajcak resigned as foreign minister on thursday night", Supported, "170-praguemonitor-business-lajcak-resigns"},
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
