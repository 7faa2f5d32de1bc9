package claimcheck

import (
	"context"
	"testing"
)

// TestCheckMonthOfAnotherEvent: a sentence that shares only the claim's
// names and titles (the declaration that led to the global compact)
// dates another event, and its month does not dispute the claim's; a
// sentence on the claim's deed still does.
func TestCheckMonthOfAnotherEvent(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"ap":   {"The Global Compact for Safe, Orderly and Regular Migration, which isn't legally binding, was finalized under U.N. auspices in July."},
			"blog": {"In September 2016, all 193 UN member states adopted a declaration saying no country can manage migration on its own, and agreed to launch a process leading to the adoption of a Global Compact in 2018."},
		},
		langs: map[string]string{"ap": "en", "blog": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string
	}{
		{"the global compact was finalized under un auspices in july", Supported, "ap"},
		{"the global compact was finalized under un auspices in march", Contradicted, "ap"},
		{"all 193 un member states adopted a declaration on migration in october", Contradicted, "blog"},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc {
			t.Errorf("%q: citations %+v, want %s", tc.claim, res.Citations, tc.doc)
		}
	}
}
