package answer

import (
	"strings"
	"testing"
)

// TestAskedPredicate: the verb a question asks of what it names, in its
// shapes; none for a copula, a light verb, a verb standing for any act,
// a "why" question or a clause of one word.
func TestAskedPredicate(t *testing.T) {
	names := map[string]bool{"brian": true, "hook": true, "tillerson": true, "haley": true, "poland": true, "trump": true, "mexican": true, "hungary": true}
	isName := func(w string) bool { return names[w] }
	for q, want := range map[string]string{
		"who succeeded tillerson":                             "succeeded",
		"what does brian hook earn":                           "earn",
		"wat does brian hook earn":                            "earn",
		"how did the mexican government react to the boycott": "react",
		"how many migrants did poland admit":                  "admit",
		"what did poland's government decide":                 "decide",
		"what would hungary gain by quitting":                 "gain",
		"what is stephen miller doing now":                    "",
		"who made the announcement":                           "",
		"what did haley argue":                                "argue",
		"how did trump treat haley's argument":                "treat",
		"why did trump ignore haley's argument":               "",
		"what did the us envoy claim about refugees":          "claim",
		"why did the administration quit the talks":           "",
		"what did they argue":                                 "",
		"was the compact adopted":                             "",
		"when was the compact adopted":                        "",
		"who is the us ambassador":                            "",
	} {
		if got := askedPredicate(q, isName); got != want {
			t.Errorf("askedPredicate(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestPredicateAbsentRefused: on the Foreign Policy, AP and Reuters
// articles, a question asking what someone named did, when the sentence
// naming them says nothing of the act, is refused (before, the sentence
// that names them was quoted); a question whose act the answer tells in
// other words, with the question's other words, is answered as before.
func TestPredicateAbsentRefused(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"who succeeded tillerson",           // FP: Hook "represented Secretary of State Rex Tillerson"
		"what does brian hook earn",         // FP: "its policy planning chief, Brian Hook"
		"what does szijjarto earn",          // Reuters: "Szijjarto said"
		"what does the polish cabinet earn", // AP: "After a meeting of the Polish Cabinet"
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"who ran the 2016 summit":                         "Ban Ki-moon",
		"what kinds of things does the compact cover":     "technical issues",
		"what does poland's gov think of muslim migrants": "anti-migrant",
		"why did hungary quit the pact":                   "threat to the world",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}
