package answer

import "testing"

// TestReportedVerb: the verb of the clause a doer question reports follows
// its auxiliary, a negation or an adverb; a pro-verb names no act.
func TestReportedVerb(t *testing.T) {
	for q, want := range map[string]string{
		"Which minister said Hungary would quit the migration pact?":        "quit",
		"Who announced that the US was withdrawing from the compact?":       "withdrawing",
		"Who said Australia would not sign the UN migration pact?":          "sign",
		"Which Polish prime minister said Poland would likely not be part?": "",
		"Who announced the withdrawal?":                                     "",
	} {
		if got := reportedVerb(q); got != want {
			t.Errorf("reportedVerb(%q) = %q, want %q", q, got, want)
		}
	}
}
