package answer

import "testing"

// TestTimeOfAReference: a time after "before the start" or "after the
// meeting" dates that event, not the act asked, and gives no version of
// it; one after an event the question asks about ("after the vote …" for
// a vote), or before the preposition, does; in two corpora.
func TestTimeOfAReference(t *testing.T) {
	for _, tc := range []struct {
		dir, doc, q string
		cases       map[string]string
	}{
		{testArticles, "trump-boycotts-un-migration-talks", "On what day did the US tell the UN it was leaving the migration talks?", map[string]string{
			"The U.S. announcement that it was leaving the talks came just before the start Monday of a global conference on migration.": "",
			"The US told the UN on Saturday, before the conference, that it was leaving the migration talks.":                            "saturday",
			"The US told the UN it was leaving the migration talks after the meeting Friday of Trump's advisers.":                        "",
		}},
		{testCoverage, "126-justiceforall-statement", "On what day did the General Assembly vote on the compact?", map[string]string{
			"Hungary quit the compact after the vote Wednesday in the General Assembly.": "wednesday",
		}},
	} {
		e, _ := newExtractiveOn(t, tc.dir)
		bar, ok := e.newAnswerBar(tc.q, tc.q, nil)
		if !ok {
			t.Fatalf("%q: no terms", tc.q)
		}
		ta := e.newTimeAsk(tc.q, askedWords(tc.q), bar)
		for s, want := range tc.cases {
			if got := e.timeValue(ta, sentence{doc: tc.doc, text: s}, false); got != want {
				t.Errorf("%q: timeValue(%q) = %q, want %q", tc.q, s, got, want)
			}
		}
	}
}
