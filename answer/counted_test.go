package answer

import "testing"

// TestCountsAsked: "how many X" is answered by a number of X (or of a
// word of related meaning), not by another number of the sentence.
func TestCountsAsked(t *testing.T) {
	for q, want := range map[string]string{
		"How many migrants crossed the Mediterranean?": "migrants",
		"how much money did they pledge":               "money",
		"How many are there?":                          "",
		"When did it happen?":                          "",
	} {
		if got := countedNoun(q); got != want {
			t.Errorf("countedNoun(%q) = %q, want %q", q, got, want)
		}
	}
	e, _ := newExtractiveOn(t, testCoverage)
	const doc = "175-pbs-newshour"
	sent := func(txt string) []sentence { return []sentence{{doc: doc, text: txt}} }
	if !e.countsAsked("How many people had been displaced worldwide?", sent("About 65.6 million people have been displaced worldwide.")) {
		t.Error("a number of people does not count people")
	}
	if e.countsAsked("How many migrants crossed the sea in 2018?", sent("All 193 member states adopted a declaration in 2016.")) {
		t.Error("a number of states counts migrants")
	}
	if !e.countsAsked("How many countries adopted it?", sent("It was adopted by 164 countries.")) {
		t.Error("a number of countries does not count countries")
	}
	// A number right before a unit of time counts time: the vectors put
	// "year" near "countries", and a newcomer asking "how many countries
	// are negotiating the compact" of the Foreign Policy article, which
	// gives no such count, was answered with Miller's age.
	if e.countsAsked("How many countries are negotiating the compact?", sent("Stephen Miller, the 32-year-old senior White House policy advisor, championed the effort.")) {
		t.Error("an age counts countries")
	}
	if e.countsAsked("How many people fled?", sent("The two-year process ended in Marrakech.")) {
		t.Error("a length of time counts people")
	}
	if !e.countsAsked("How many years did the talks last?", sent("The talks lasted two years.")) {
		t.Error("a number of years does not count years")
	}
}
