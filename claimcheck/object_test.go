package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestStanceOnOtherObject: a sentence that shares a claim's subject and
// takes the other stance about something else ("providing support to
// migrant and refugee populations", "supports international cooperation")
// does not contradict it; one whose stance is about what the claim names
// ("ending its participation in the Global Compact", "quit the United
// Nations migration pact") still does.
func TestStanceOnOtherObject(t *testing.T) {
	fp, _ := newCheckerOn(t, "../docs")
	arts, _ := newChecker(t)
	voa := library{
		paras: map[string][]string{
			"voa": {
				`U.S. Secretary of State Rex Tillerson said in a statement that the compact is not consistent with American immigration policies. He said the United States supports international cooperation on migration issues, "but it is the primary responsibility of sovereign states to help ensure that migration is safe, orderly, and legal."`,
			},
		},
		langs: map[string]string{"voa": "en"},
		heads: map[string]string{"voa": "UN Regrets US Pulling Out of Migrant and Refugee Pact"},
	}
	l := library{
		paras: map[string][]string{
			"afp": {
				`The US Mission to the United Nations informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration, the US said in its statement.`,
			},
		},
		langs: map[string]string{"afp": "en"},
	}
	other, voaOnly := New(l, l), New(voa, voa)
	for _, tc := range []struct {
		c     *Checker
		claim string
		bad   Verdict // the verdict the claim must not get
		want  Verdict // "" when any other will do
	}{
		// Haley's support is for migrants, not for the talks; "State"
		// (of "the State Department") is no "United States".
		{fp, "The United States pulled out of the migration talks on Saturday", Contradicted, ""},
		{voaOnly, "the united states pulled out of the migration compact on sunday", Contradicted, ""},
		// Controls: the stance is about the claim's compact, pact.
		{other, "the united states stayed in the global compact on migration", Supported, Contradicted},
		{arts, "Hungary will stay in the United Nations migration pact", Supported, Contradicted},
	} {
		res, err := tc.c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == tc.bad || tc.want != "" && res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %q, never %s", tc.claim, res.Verdict, res.Explanation, tc.want, tc.bad)
		}
	}
}

// TestObjectOf: what a stance word governs is the run of content words
// after the function words that open it, up to the next function word.
func TestObjectOf(t *testing.T) {
	for _, tc := range []struct {
		s, word, want string
	}{
		{"providing support to migrant and refugee populations across the globe", "support", "migrant"},
		{"the United States supports international cooperation on migration issues", "supports", "international cooperation"},
		{"it was ending its participation in the Global Compact on Migration", "participation", "global compact"},
		{"Hungary will quit, Szijjarto said", "quit", ""},
	} {
		ws := text.Words(tc.s)
		found := false
		for i, w := range ws {
			if w.Text != tc.word {
				continue
			}
			found = true
			got := ""
			for k, f := range objectOf(tc.s, ws, i) {
				if k > 0 {
					got += " "
				}
				got += f
			}
			if got != tc.want {
				t.Errorf("%q: object of %q = %q, want %q", tc.s, tc.word, got, tc.want)
			}
		}
		if !found {
			t.Fatalf("%q lacks %q", tc.s, tc.word)
		}
	}
}

// TestCountryIsNoSurname: the last word of a country's name does not
// hold the whole of it, as a person's last name does.
func TestCountryIsNoSurname(t *testing.T) {
	if !isCountryRun([]string{stem("united"), stem("states")}) || !isCountryRun([]string{stem("new"), stem("zealand")}) {
		t.Error("United States, New Zealand: not read as countries")
	}
	if isCountryRun([]string{stem("jeff"), stem("sessions")}) || isCountryRun([]string{stem("poland")}) {
		t.Error("Jeff Sessions or a one-word name read as a country of several words")
	}
}
