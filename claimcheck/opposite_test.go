package claimcheck

import (
	"context"
	"testing"
)

// pactLibrary is a few articles on countries and a pact, each in its
// language.
func pactLibrary() library {
	return library{
		paras: map[string][]string{
			"au": {"Scott Morrison is following the United States by refusing to sign a migration agreement which Australia helped draft.",
				"The prime minister says the pact would compromise Australia's border security."},
			"il": {"Netanyahu: Israel won't sign global migration pact",
				"Prime Minister Benjamin Netanyahu announced on Tuesday that Israel would not be joining the global migration pact, set to be signed next month."},
			"ga": {"The Global Compact for Migration is the first international document dealing with the issue, though it is not legally binding.",
				"The Polish government said Tuesday that it will not support the global compact on migration."},
			"mx": {"El canciller Luis Videgaray lamentó la salida del gobierno de Estados Unidos del Pacto Global sobre Migración."},
		},
		langs: map[string]string{"au": "en", "il": "en", "ga": "en", "mx": "es"},
	}
}

func TestCheckTurnsAroundWhatTheCoverageNegates(t *testing.T) {
	l := pactLibrary()
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string
	}{
		// "would sign" against "won't sign" and "would not be joining".
		{"netanyahu said israel would sign the migration pact", Contradicted, "il"},
		// "agreed to sign" against "refusing to sign".
		{"scott morrison agreed to sign the migration agreement", Contradicted, "au"},
		// A word of the claim negated in the sentence.
		{"the global compact for migration is legally binding", Contradicted, "ga"},
		{"the polish government said it will support the global compact on migration", Contradicted, "ga"},
		// Judged the other way.
		{"El canciller Videgaray celebró la salida de Estados Unidos del pacto", Contradicted, "mx"},
		// The claim's own stance and negation: supported.
		{"israel would not join the migration pact", Supported, "il"},
		{"El canciller Videgaray lamentó la salida de Estados Unidos del pacto", Supported, "mx"},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want || len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc {
			t.Errorf("%q: %s %+v, want %s citing %s", tc.claim, res.Verdict, res.Citations, tc.want, tc.doc)
		}
	}
}

func TestCheckNeverSupportsWhatTheCoverageDoesNotName(t *testing.T) {
	l := pactLibrary()
	c := New(l, l)
	for _, claim := range []string{
		// Posted in lower case, the names of countries the coverage never
		// mentions share the sentence's other words.
		"new zealand is refusing to sign the migration agreement",
		"denmark's prime minister says the pact would compromise border security",
		// A name the coverage writes, in a sentence that lacks it.
		"the prime minister of israel says the pact would compromise border security",
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == Supported {
			t.Errorf("%q: supported by %+v", claim, res.Citations)
		}
	}
	// The same claims with the coverage's names are supported.
	for _, claim := range []string{
		"scott morrison is refusing to sign the migration agreement",
		"the prime minister says the pact would compromise australia's border security",
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != Supported {
			t.Errorf("%q: %s (%s), want supported", claim, res.Verdict, res.Explanation)
		}
	}
}

func TestCheckComparesCountsWordedOtherwise(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"ap": {"The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting no.",
				"The vote was lower than the 164 countries that approved the agreement by acclamation at a conference in Marrakech, Morocco."},
			"un": {"The compact has 23 objectives that seek to boost cooperation to manage migration."},
		},
		langs: map[string]string{"ap": "en", "un": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  bool // contradicted
	}{
		// Another count of the same word, the rest worded otherwise.
		{"190 countries adopted the migration compact in marrakech", true},
		// "UN" need not be spelt out, "general assembly" is a title.
		{"the UN general assembly endorsed the migration compact 162-5", true},
		{"the global compact has 30 objectives", true},
		// The coverage's own figures.
		{"164 countries adopted the migration compact in marrakech", false},
		{"the global compact has 23 objectives", false},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Contradicted; got != tc.want {
			t.Errorf("%q: %s (%s), want contradicted=%v", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}
