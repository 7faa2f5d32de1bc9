package answer

import (
	"testing"
)

// TestSpanAskedHeldByLength: a question asking for a length of time ("how
// long before …", "how many years …") is answered by the sentence that
// gives one, "a day" or "15 years" with the question's own unit; before,
// the kind gate found no number or time there and refused it. A question
// whose articles give no length stays refused.
func TestSpanAskedHeldByLength(t *testing.T) {
	answersAndRefuses(t, map[string][3]string{
		"digest": {"en", "2017-12-03", "A day before a global conference on migration, the country pulled out of the declaration."},
		"event": {"en", "2016-09-19", "The rapporteur will outline ideas for a 15 years agenda on implementing the declaration.\n\n" +
			"The summit opened in Marrakech with speeches by the leaders."},
	}, map[string]string{
		"how long before the conference on migration did the country pull out": "A day before",
		"How many years would the agenda the rapporteur outlined cover?":       "15 years",
	}, "how long did the summit in Marrakech run")
}

func TestHoldsSpan(t *testing.T) {
	for s, want := range map[string]bool{
		"A day before the conference, the US pulled out.": true,
		"ideas for a 15 years agenda":                     true,
		"after two years of talks":                        true,
		"the 32-year-old adviser":                         false,
		"she is two years old":                            false,
		"in 2018 the compact was adopted":                 false,
		"later that day the mission spoke":                false,
	} {
		if got := holdsSpan(s); got != want {
			t.Errorf("holdsSpan(%q) = %v, want %v", s, got, want)
		}
	}
	for q, want := range map[string]bool{
		"how long before the conference did the US pull out": true,
		"How many years would the agenda cover?":             true,
		"How many countries adopted the compact?":            false,
		"When did the US pull out?":                          false,
	} {
		if got := asksSpan(q); got != want {
			t.Errorf("asksSpan(%q) = %v, want %v", q, got, want)
		}
	}
}
