package claimcheck

import (
	"context"
	"testing"
)

// A sentence that shares only the words of the coverage's title for its
// subject ("global compact") with a claim does not date the claim's event.
func TestTitleWordsDateNoEvent(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// 102-prophecyupdate-blog-israel ¶5, ¶6.
			"il": {
				"The Global Compact for Safe, Orderly and Regular Migration, which will not be legally binding, was finalized under UN auspices in July. It is due to be formally approved at a December 11-12 meeting in Marrakech.",
				"In September 2016, all 193 UN member states, including the United States under former president Barack Obama, adopted a declaration saying no country can manage international migration on its own, and agreed to launch a process leading to the adoption of a global compact in 2018.",
			},
			// 140-conservativepapers-http ¶1 (shortened).
			"us": {
				"In September 2016, during the waning days of the Obama administration, the United States had joined with the other member states of the UN to adopt a non-binding political declaration, the New York Declaration for Refugees and Migrants, and to negotiate the Global Compact.",
			},
			// 007-business-standard-pti-us-withdraws ¶2.
			"pti": {
				"Earlier, the mission informed the UN Secretary-General about the US decision to end its participation in the Global Compact on Migration.",
			},
		},
		langs: map[string]string{"il": "en", "us": "en", "pti": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"the global compact was finalized under un auspices in july", Supported},
		// Another month of the same event still says otherwise.
		{"the global compact was finalized under un auspices in march", Contradicted},
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
