package answer

import (
	"strings"
	"testing"
)

// TestSpeakerAsked: a question about what someone named said is answered
// where they say it or take a stance, on more than one article, and
// refused where the articles only name them doing something else (Ban
// Ki-moon "hosted an international summit"), or name them after someone
// else's words ("reservations are being expressed in other countries,
// too, including Bulgaria"; "boycott a global conference … in Puerto
// Vallarta, Mexico").
func TestSpeakerAsked(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"What did Ban Ki-moon say about the declaration?",
		"what did mexico's president say about the boycott",
		"What did the Czech government say about the compact?",
		"What did Bulgaria say about the compact?",
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"what did szijjarto say about the document":                            "security interests",
		"what did the polish government say about the pact":                    "will not support",
		"what does haley say about controlling the border":                     "control our borders",
		"What did the US envoy claim about refugee populations?":               "proud of our immigrant heritage",
		"what did the U.S. tell Guterres":                                      "informed Secretary-General",
		"what did hook say at the meeting":                                     "recommended ditching",
		"what did the obama administration say about the new york declaration": "endorsed by the Obama administration",
		// An outlet says its whole article, not only its quotations.
		"what does the reuters article say about the morocco meeting": "Morocco meeting",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}
