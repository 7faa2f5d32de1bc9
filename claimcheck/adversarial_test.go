package claimcheck

import (
	"context"
	"testing"
)

// TestCheckAdversarialClaims runs claims written to trip a word-overlap
// check, on the three test articles, before the rules that catch them
// were written: false claims that reuse a sentence's words with its verb,
// its negation or its people turned around are never supported; true
// paraphrases of the same sentences are, or at worst are not covered.
func TestCheckAdversarialClaims(t *testing.T) {
	c, _ := newChecker(t)
	for _, tc := range []struct {
		claim     string
		supported bool
	}{
		// A verb of stance turned around, the other verb elsewhere in the paragraph.
		{"Kelly and Sessions opposed a pullout", false},
		{"The State Department initially backed the withdrawal", false},
		// A negation in the sentence that the claim drops.
		{"Poland will support the global compact on migration", false},
		{"The Polish government said it will support the compact", false},
		{"Hungary will take part in the Morocco meeting", false},
		{"The compact will be legally binding", false},
		// Another actor for the act.
		{"Haley overruled the president", false},
		{"Szijjarto said Poland would quit the pact", false},
		// True paraphrases.
		{"Kelly and Sessions strongly backed a pullout", true},
		{"Initially, the State Department opposed the withdrawal", true},
		{"Poland will not support the global compact on migration", true},
		{"Hungary will not take part in the Morocco meeting", true},
		{"The compact won't be legally binding", true},
		{"Hungary will quit the UN migration pact, Szijjarto said", true},
		{"Haley was overruled by the president", true},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: verdict %s (%s), want supported=%v", tc.claim, res.Verdict, res.Explanation, tc.supported)
		}
	}
	// A true paraphrase the words can't tell ("at first" for "initially")
	// may come out not covered, never contradicted.
	res, err := c.Check(context.Background(), "The State Department at first opposed the withdrawal")
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict == Contradicted || res.Verdict == Disputed {
		t.Errorf("a true paraphrase came out %s (%s)", res.Verdict, res.Explanation)
	}
}

// TestCheckAdversarialShapes runs false claims that turn a sentence around
// by its shape, not its words, on the test articles and on pages of the
// coverage: a negation that reaches a second verb by "or", a verb that
// denies its object ("fails to meet", "lacks"), a verb of backing against
// one of opposing, a deed the sentence only supposes ("if it
// participated"), an ending the sentence does not say. Each has a true
// control that stays supported.
func TestCheckAdversarialShapes(t *testing.T) {
	articles, _ := newChecker(t)
	coverage, _ := newCheckerOn(t, "../testdata/coverage")
	for _, tc := range []struct {
		c         *Checker
		claim     string
		supported bool
	}{
		{coverage, "Kurz and Strache said Austria will send an official representative to Marrakech", false},
		{coverage, "The Polish government said the document meets Poland's demands", false},
		{articles, "The document meets Poland's demands regarding the distinction between legal and illegal migration", false},
		{articles, "Hungary said it would support the pact should it come up for a vote in the General Assembly", false},
		{articles, "Trump decided to attend a global conference on migration in Puerto Vallarta", false},
		{articles, "Haley said the United States participated in the process", false},
		// A word its paragraph has only with a negating prefix, in
		// another sentence than the one shown.
		{articles, "The United States said it was ending its participation in negotiations because numerous provisions were consistent with U.S. immigration and refugee policies", false},
		{coverage, "The United States said it was ending its participation because the New York Declaration was consistent with U.S. immigration policies", false},
		{coverage, "Kurz and Strache said Austria won't sign the document or send an official representative to Marrakech", true},
		{articles, "Trump decided to boycott a global conference on migration in Puerto Vallarta", true},
		// A claim that something ends is not backed by a sentence that
		// holds its other words but no ending ("will continue in its
		// generosity", "we will continue to do"); one that says the
		// ending still backs it.
		{coverage, "haley said the US's generosity to migrants would end", false},
		{coverage, "Nikki Haley said the generosity of the United States will end", false},
		{coverage, "netanyahu said israel would stop guarding its borders against illegal migrants", false},
		{articles, "the US mission told Guterres it was ending its participation in the Global Compact on Migration", true},
	} {
		res, err := tc.c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: verdict %s (%s), want supported=%v", tc.claim, res.Verdict, res.Explanation, tc.supported)
		}
	}
	// True claims the words can't tell may come out not covered, never
	// contradicted: a denial by a sentence that affirms something else of
	// the same people (Israel "will guard its borders"), a stance in a
	// sentence that also tells another.
	for _, tc := range []struct {
		c     *Checker
		claim string
	}{
		{coverage, "Netanyahu said Israel will not sign the migration compact"},
		{articles, "Hungary would oppose the pact should it come up for a vote in the General Assembly"},
	} {
		res, err := tc.c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == Contradicted || res.Verdict == Disputed {
			t.Errorf("%q: a true claim came out %s (%s)", tc.claim, res.Verdict, res.Explanation)
		}
	}
}
