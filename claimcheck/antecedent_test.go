package claimcheck

import (
	"testing"
)

// TestCheckReadsPronounWithSentenceBefore: a sentence that tells of an act
// by a pronoun ("it was condemned by …") supports or contradicts a claim
// about that act read with the sentence before, which names it, in other
// words of leaving ("ending its participation" for "leave"); the act
// before is that article's, not another's.
func TestCheckReadsPronounWithSentenceBefore(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"afp": {
				"The US Mission informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration, the US said in its statement on Saturday.",
				"Though widely seen as a symbolic move, it was condemned by rights group Amnesty International, which slammed it as an abdication of responsibility.",
			},
			"budapest": {
				"Foreign Minister Peter Szijjarto said on Wednesday that Hungary will quit the Global Compact on Migration before its final approval.",
				"It was welcomed by the Polish government, whose spokesman spoke of courage.",
			},
		},
		langs: map[string]string{"afp": "en", "budapest": "en"},
	}
	c := New(l, l)
	checkCited(t, c, []citedCase{
		{"amnesty international condemned the US decision to leave the migration compact", Supported, "afp"},
		{"amnesty international praised the US withdrawal from the migration compact", Contradicted, "afp"},
		{"the polish government welcomed hungarys decision to quit the migration compact", Supported, "budapest"},
		{"the polish government condemned hungarys decision to quit the migration compact", Contradicted, "budapest"},
		// The act before the Amnesty sentence is the US's: nothing of
		// Hungary's.
		{"amnesty international condemned hungarys decision to quit the migration compact", NotCovered, ""},
	})
}

func TestRefersBack(t *testing.T) {
	for s, want := range map[string]bool{
		"Though widely seen as a symbolic move, it was condemned by rights group Amnesty International.": true,
		"This was welcomed by the Polish government.":                                                    true,
		// The pronoun stands for a name of its own sentence.
		"Hungary said it will quit the pact.": false,
		// A determiner, not a pronoun.
		"This week the pact was signed.":    false,
		"The pact was signed in Marrakech.": false,
	} {
		if got := refersBack(s); got != want {
			t.Errorf("refersBack(%q) = %v, want %v", s, got, want)
		}
	}
}
