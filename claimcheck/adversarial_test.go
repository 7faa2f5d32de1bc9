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
