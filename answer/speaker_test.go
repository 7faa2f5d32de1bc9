package answer

import (
	"strings"
	"testing"
)

// TestSpeakerAsked: a question about what someone named said is answered
// where they say it, on more than one article, and refused where the
// articles only name them doing something else ("Kelly … backed a
// pullout"), or name their country in a sentence of someone else's
// ("boycott a global conference … in Puerto Vallarta, Mexico").
func TestSpeakerAsked(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"what did john kelly say about the decision",
		"what did mexico's president say about the boycott",
		"What did the Czech government say about the compact?",
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"what did szijjarto say about the document":              "security interests",
		"what did the polish government say about the pact":      "will not support",
		"what does haley say about controlling the border":       "control our borders",
		"What did the US envoy claim about refugee populations?": "proud of our immigrant heritage",
		"what did the U.S. tell Guterres":                        "informed Secretary-General",
		// An outlet says its whole article, not only its quotations.
		"what does the reuters article say about the morocco meeting": "Morocco meeting",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}
