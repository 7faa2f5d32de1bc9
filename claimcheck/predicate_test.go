package claimcheck

import (
	"context"
	"testing"
)

// A sentence that holds a claim's names and the coverage's subject but
// says something else of them does not support it: the claim's predicate
// words must be there.
func TestPredicateHeld(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// 157-libertyonenews-breitbart-afp ¶11.
			"lib": {"Ambassador Nikki Haley said the U.S. will continue in its “generosity” by supporting migrants and refugees around the world."},
			// trump-boycotts-un-migration-talks (Foreign Policy) ¶10, first sentence.
			"fp": {"In a separate statement, the U.S. mission to the United Nations noted that the “New York declaration contained numerous provisions that are inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles."},
			// 006-cknnigeria-afp ¶5, its first two sentences.
			"afp": {"The United States “will decide how best to control our borders and who will be allowed to enter our country. The global approach in the New York Declaration is simply not compatible with US sovereignty,” Haley said."},
		},
		langs: map[string]string{"lib": "en", "fp": "en", "afp": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		// Names and "migrants" held, nothing of what she said.
		{"nikki haley said migration will probably go down in the future", NotCovered},
		{"the us mission said the new york declaration is great for us sovereignty", NotCovered},
		// What the sentences say, in the poster's words.
		{"nikki haley said the us will continue its generosity to migrants and refugees", Supported},
		{"the us mission said the new york declaration is inconsistent with us immigration policies", Supported},
		{"haley said the new york declaration is not compatible with us sovereignty", Supported},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}
