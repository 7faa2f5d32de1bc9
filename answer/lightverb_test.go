package answer

import "testing"

// TestLightAct: a light verb with an article before its noun asks about
// the noun's act; another verb, or a light verb without an article ("made
// clear"), does not.
func TestLightAct(t *testing.T) {
	for q, want := range map[string]string{
		"Who made the announcement that the US was leaving?":  "announcement",
		"Who took the decision to boycott the conference?":    "decision",
		"Who gave a speech at the opening of the conference?": "speech",
		"Who announced that the US was leaving?":              "",
		"Who made clear that Hungary would quit the compact?": "",
	} {
		if got := lightAct(q, askedVerb(q)); got != want {
			t.Errorf("lightAct(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestDoerOfALightVerb: "who made the announcement", "who took the
// decision" ask who announced, who decided, in articles of two corpora;
// the light verb itself ("made by Americans") and a verb of related
// meaning but another stem ("declared" for "decision") name no doer.
func TestDoerOfALightVerb(t *testing.T) {
	for _, tc := range []struct {
		dir, doc, q string
		cases       map[string]string
	}{
		{testCoverage, "126-justiceforall-statement", "Who made the announcement that the US was withdrawing from the compact?", map[string]string{
			"Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration, claiming the pact would undermine the enforcement of U.S. immigration laws.": "tillerson",
			"The US withdrawal from the compact was announced on Saturday by Ambassador Nikki Haley.":                                                                                                                              "haley",
			"Decisions on the US withdrawal from the compact were made by Secretary Rex Tillerson.":                                                                                                                                "",
		}},
		{testArticles, "trump-boycotts-un-migration-talks", "Who took the decision to boycott the negotiations?", map[string]string{
			"President Donald Trump decided to boycott the negotiations.":     "trump",
			"Secretary Rex Tillerson declared a boycott of the negotiations.": "",
			"Nikki Haley took part in the negotiations.":                      "",
		}},
	} {
		e, _ := newExtractiveOn(t, tc.dir)
		bar, ok := e.newAnswerBar(tc.q, tc.q, nil)
		if !ok {
			t.Fatalf("%q: no terms", tc.q)
		}
		da, ok := e.newDoerAsk(tc.q, askedWords(tc.q), bar)
		if !ok {
			t.Fatalf("%q asks for no doer", tc.q)
		}
		for s, want := range tc.cases {
			if got := e.subjectOf(da, sentence{doc: tc.doc, text: s}); got != want {
				t.Errorf("%q: subjectOf(%q) = %q, want %q", tc.q, s, got, want)
			}
		}
	}
}
