package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote"
)

// A claim's word in another inflection than the sentence's ("capped" for
// "set a cap") is held by its Snowball stem.
func TestInflectedWords(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// 175-pbs-newshour ¶7.
			"pbs": {"In addition, the Trump administration set a cap on refugees allowed to enter the U.S. at 45,000"},
			// 072-latimes-ap-ga-endorses ¶3, first sentence.
			"ap": {"The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting “no” and 12 countries abstaining."},
		},
		langs: map[string]string{"pbs": "en", "ap": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"the trump administration capped refugees at 45,000", Supported},
		{"the trump administration capped refugees at 54,000", Contradicted},
		{"the general assembly resolution was approved 152-5", Supported},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
	if got := inflectedHeld("israel voted no", wordsOf("israel voted no", "en"), "en", sentenceOf(footnote.Citation{Quote: l.paras["ap"][0]}, "en")); got != 1 {
		t.Errorf("inflectedHeld(voted, voting) = %d, want 1", got)
	}
}
