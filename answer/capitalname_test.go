package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestCapitalHeldByCountry: a capital the question names is held by a
// sentence naming its country (by its name, initials or demonym), and a
// country by its capital, in articles of two corpora; another country's
// name holds neither.
func TestCapitalHeldByCountry(t *testing.T) {
	for _, tc := range []struct {
		dir, q, word string
		cases        map[string]bool
	}{
		{testCoverage, "Why won't Vienna sign the global compact on migration?", "vienna", map[string]bool{
			"The Austrian government said Wednesday that it won't sign a global compact.": true,
			"Austria won't sign the document.":                                            true,
			"Hungary won't sign the document.":                                            false,
		}},
		{testArticles, "When did Washington tell the UN it was leaving the talks?", "washington", map[string]bool{
			"On Saturday, the U.S. mission informed the UN.":              true,
			"The United States is ending its participation in the talks.": true,
			"Poland's government said Tuesday it would not support it.":   false,
		}},
		{testArticles, "What did the United States tell the UN?", "united", map[string]bool{
			"Washington told the UN it was leaving the talks.": true,
			"Budapest told the UN it was leaving the talks.":   false,
		}},
	} {
		e, _ := newExtractiveOn(t, tc.dir)
		a := e.capitalAliasOf(tc.q, tc.word)
		for s, want := range tc.cases {
			stems, _ := termSets(e.ix, "en", s)
			if got := a.in(stems); got != want {
				t.Errorf("%q in %q: held %v, want %v", tc.word, s, got, want)
			}
		}
	}
}

// TestCapitalQuestionAnswered: a question naming a country by a capital
// the articles never write is answered from the article about the
// country, not refused as about something else.
func TestCapitalQuestionAnswered(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "Why won't Vienna sign the global compact on migration?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || len(ans.Citations) == 0 || !strings.Contains(ans.Citations[0].Doc, "austria") {
		t.Errorf("answer does not cite the article on Austria: %s", ans.Text)
	}
}

// TestLowercaseCountryRefused: a country typed in lowercase that the
// articles never name ("china", "japan") makes the question one about
// something else, refused, on the three test articles; a country they do
// name, typed the same way, is answered.
func TestLowercaseCountryRefused(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"what did china say about the compact",
		"did japan join the boycott",
		"what does canada think of the pact",
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"did hungary quit the pact":        "Hungary",
		"what did poland's cabinet decide": "Poland",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}
