package claimcheck

import (
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
	checkCited(t, c, []citedCase{
		{"the global compact was finalized under un auspices in july", Supported, "ap"},
		{"the global compact was finalized under un auspices in march", Contradicted, "ap"},
		{"all 193 un member states adopted a declaration on migration in october", Contradicted, "blog"},
	})
}
