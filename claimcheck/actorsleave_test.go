package claimcheck

import (
	"context"
	"testing"
)

// TestAnnouncerOfExitInOtherVerbs: a claim that gives an exit to the
// wrong announcer is contradicted by a sentence that tells the same exit
// in another verb of leaving ("pulling out" against "withdrawing", "pull
// … out"); the right announcer's claim is not. (The people are named
// elsewhere in the coverage, as in the Foreign Policy article: a name the
// coverage never uses leaves a claim not covered.)
func TestAnnouncerOfExitInOtherVerbs(t *testing.T) {
	jfa := library{
		paras: map[string][]string{
			"fp":  {"White House Chief of Staff John Kelly and Attorney General Jeff Sessions strongly backed a pullout, according to diplomatic sources familiar with the deliberations.", "In recent weeks, Miller led efforts to pull out of the migration talks."},
			"jfa": {"December 4, 2017: Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration, claiming the pact would undermine the enforcement of U.S. immigration laws."},
		},
		langs: map[string]string{"fp": "en", "jfa": "en"},
	}
	lib := library{
		paras: map[string][]string{
			"fp":  {"White House Chief of Staff John Kelly and Attorney General Jeff Sessions strongly backed a pullout, according to diplomatic sources familiar with the deliberations.", "In recent weeks, Miller led efforts to pull out of the migration talks."},
			"lib": {"The Trump Administration announced plans to pull the U.S. out of a United Nations pact on the handling of migrant and refugee situations."},
		},
		langs: map[string]string{"fp": "en", "lib": "en"},
	}
	a, b := New(jfa, jfa), New(lib, lib)
	checkVerdicts(t, []verdictCase{
		{a, "john kelly announced that the us was pulling out of the migration talks", Contradicted},
		{b, "jeff sessions announced that the us would pull out of the un pact on migrants", Contradicted},
		{a, "rex tillerson announced that the trump administration is withdrawing from the global compact on migration", Supported},
	})
}

// verdictCase is a claim and the verdict a checker must give it.
type verdictCase struct {
	c     *Checker
	claim string
	want  Verdict
}

// checkVerdicts checks each claim and reports those given another verdict.
func checkVerdicts(t *testing.T, cases []verdictCase) {
	t.Helper()
	for _, tc := range cases {
		res, err := tc.c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}
