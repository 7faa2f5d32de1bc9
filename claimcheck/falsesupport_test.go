package claimcheck

import (
	"os"
	"path/filepath"
	"testing"
)

// checkerOnFiles returns a checker over a directory holding the files.
func checkerOnFiles(t *testing.T, files ...string) *Checker {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	c, _ := newCheckerOn(t, dir)
	return c
}

// TestFalseClaimsOnASentencesWords: false claims that hold nearly every
// word of a true sentence are not supported by it. A stance word turned
// where the stance checks do not look (an "if" clause), the
// doer of a verb the sentence tells in the passive, and a claim of all where
// the sentence says some (each failed on main: supported). The true claims
// beside them stay supported. A claim whose stance word a paraphrase turns
// is contradicted by it, as when the model-answer check finds the sentence
// (on the AFP Belgium and Breitbart pages; not covered before round
// twenty-one).
func TestFalseClaimsOnASentencesWords(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/articles/trump-boycotts-un-migration-talks.md", "../testdata/claims-pages/209-scmp-afp-belgium.md",
		"../testdata/claims-pages/102-prophecyupdate-blog-israel.md", "../testdata/coverage/072-latimes-ap-ga-endorses.md",
		"../testdata/claims-pages/242-breitbart-overrules.md")
	checkCited(t, c, []citedCase{
		// "backed" in the place of "rejected", in an "if" clause: the
		// sentence says the opposite (round twenty-one: contradicted,
		// not only refused).
		{"the n-va had threatened to leave the coalition if michel rejected the accord", Contradicted, "209-scmp-afp-belgium"},
		{"the n-va had threatened to leave the coalition if michel backed the accord", Supported, "209-scmp-afp-belgium"},
		// "participated" in the place of "stayed out of" (Breitbart),
		// in an "if" clause: contradicted (round twenty-one).
		{"haley argued the us would have more influence on the outcome if it stayed out of the process", Contradicted, "242-breitbart-overrules"},
		{"haley argued the us would have a better shot at influencing the outcome if it participated in the process", Supported, "242-breitbart-overrules"},
		// "participated" in the place of "boycotted", in an "if" clause
		// (the FP article and Breitbart hold the same sentence).
		{"haley argued the us would have a better shot at influencing the outcome of the negotiations if it boycotted the process", Contradicted, "242-breitbart-overrules"},
		{"haley argued the us would have a better shot at influencing the outcome of the negotiations if it participated in the process", Supported, "242-breitbart-overrules"},
		// Hotovely welcomed Netanyahu's announcement, not the other way round.
		{"netanyahu welcomed the announcement by deputy foreign minister tzipi hotovely", NotCovered, ""},
		{"deputy foreign minister tzipi hotovely welcomed netanyahus announcement", Supported, "102-prophecyupdate-blog-israel"},
		{"the new york declaration was endorsed by the obama administration", Supported, "trump-boycotts-un-migration-talks"},
		// 164 countries approved it in Marrakech, not every one.
		{"every country except the us approved the migration agreement in marrakech", NotCovered, ""},
		{"164 countries approved the migration agreement in marrakech", Supported, "072-latimes-ap-ga-endorses"},
		// Kelly and Sessions backed a pullout, not every advisor.
		{"every one of trumps top security advisors strongly backed a pullout", NotCovered, ""},
	})
}

// TestClaimOfEveryoneNeedsASentenceOfAll: a claim that says a thing of
// everyone ("everyone who migrates", "everybody on trumps team"), by a
// pronoun rather than a determiner, says more than a sentence that tells it
// of some, as "every country" does (round twenty-two: each false claim was
// supported on main, one on the Israel page, one on the FP article and
// Breitbart). The true claims beside them, which say it of some, stay
// supported.
func TestClaimOfEveryoneNeedsASentenceOfAll(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/articles/trump-boycotts-un-migration-talks.md",
		"../testdata/claims-pages/102-prophecyupdate-blog-israel.md", "../testdata/claims-pages/242-breitbart-overrules.md")
	checkCited(t, c, []citedCase{
		{"the ny declaration says everyone who migrates is fleeing war", NotCovered, ""},
		{"the declaration followed waves of migrants fleeing conflict and poverty", Supported, "102-prophecyupdate-blog-israel"},
		{"everybody on trumps team strongly backed a pullout", NotCovered, ""},
		{"john kelly and jeff sessions strongly backed a pullout", Supported, ""},
	})
}

// "the us", posted in lower case, is the country: a sentence of what
// another country did does not back the claim of what the US did, on either
// page; the same claim of that country stays supported, and so does a claim
// of the US where a sentence says it of the United States.
func TestTheUsInLowerCaseIsTheCountry(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/claims-pages/167-britishherald-reuters-slovakia.md",
		"../testdata/articles/078-reuters-in-hungary-quit.md", "../testdata/articles/trump-boycotts-un-migration-talks.md")
	checkCited(t, c, []citedCase{
		{"the us will not support the un pact under any circumstances", NotCovered, ""},
		{"slovakia will not support the un pact under any circumstances", Supported, "167-britishherald-reuters-slovakia"},
		{"the us will not take part in the morocco meeting", NotCovered, ""},
		{"hungary will not take part in the morocco meeting", Supported, "078-reuters-in-hungary-quit"},
		{"trump determined that the us would end its participation in the compact process", Supported, "trump-boycotts-un-migration-talks"},
	})
}

// A claim of one alone ("the only country") needs a sentence that says
// "alone" too: a sentence of what one country did does not back it, on
// either page; the claim without "the only" stays supported.
func TestClaimOfOneAloneNeedsASentenceOfOne(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/claims-pages/102-prophecyupdate-blog-israel.md",
		"../testdata/claims-pages/167-britishherald-reuters-slovakia.md")
	checkCited(t, c, []citedCase{
		{"israel is the only country that wont sign the migration pact", NotCovered, ""},
		{"israel wont sign the migration pact", Supported, "102-prophecyupdate-blog-israel"},
		{"slovakia is the only country that will not support the un pact", NotCovered, ""},
		{"slovakia will not support the un pact", Supported, "167-britishherald-reuters-slovakia"},
	})
}
