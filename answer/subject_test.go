package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestAskedVerb: "who <verb> …" asks for the doer of the verb; "who is …"
// and "who was responsible …" ask what someone is.
func TestAskedVerb(t *testing.T) {
	for q, want := range map[string]string{
		"Who announced that the US was leaving the migration talks?": "announced",
		"who delivered the US explanation of vote?":                  "delivered",
		"Who is the chief executive of the Refugee Council?":         "",
		"Who was responsible for drafting the compact?":              "",
		"How many countries adopted the compact?":                    "",
	} {
		if got := askedVerb(q); got != want {
			t.Errorf("askedVerb(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestSubjectOf: a sentence's version of who did what was asked is the
// name next to the verb, active or passive, in articles of two corpora; a
// sentence that tells of another act by the same verb gives none.
func TestSubjectOf(t *testing.T) {
	for _, tc := range []struct {
		dir, doc, q string
		cases       map[string]string
	}{
		{testCoverage, "126-justiceforall-statement", "Who announced that the US was withdrawing from the compact?", map[string]string{
			"Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration, claiming the pact would undermine the enforcement of U.S. immigration laws.": "tillerson",
			"The US withdrawal from the compact was announced on Saturday by Ambassador Nikki Haley.":                                                                                                                              "haley",
			"Prime Minister Viktor Orban announced last week that Hungary would also quit the compact.":                                                                                                                            "",
			"The US withdrawal from the compact was announced on Saturday.":                                                                                                                                                        "",
			"U.S. ambassador to the United Nations Nikki Haley said in a recent statement, announcing U.S. withdrawal from participation in this compact, that the decisions were American.":                                       "haley",
			"The announcement came from Washington, where the US withdrawal from the compact was decided.":                                                                                                                         "",
		}},
		{testArticles, "trump-boycotts-un-migration-talks", "Who recommended ditching the negotiations?", map[string]string{
			"Brian Hook recommended ditching the negotiations.":                      "hook",
			"The negotiations were recommended by Secretary Rex Tillerson for 2018.": "tillerson",
			"Nikki Haley recommended staying in the process.":                        "",
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

// TestDoerOfAnAnnouncement: "the announcement came from …" names the doer
// of an act the sentences before it told of, when they did; a body named
// by its country's initials is its noun ("the U.S. mission").
func TestDoerOfAnAnnouncement(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	q := "Who announced that the US was withdrawing from the compact?"
	bar, _ := e.newAnswerBar(q, q, nil)
	da, ok := e.newDoerAsk(q, askedWords(q), bar)
	if !ok {
		t.Fatalf("%q asks for no doer", q)
	}
	const s = "The announcement came from the U.S. mission to the United Nations."
	for before, want := range map[string]string{
		"The United States is withdrawing from the global compact on migration.": "mission",
		"Hungary's parliament met on Tuesday to discuss the budget.":             "",
	} {
		ctx, _ := termSets(e.ix, "en", before+" "+s)
		if got := e.subjectOf(da, sentence{doc: "126-justiceforall-statement", text: s, ctx: ctx, all: []string{before, s}}); got != want {
			t.Errorf("after %q: subjectOf(%q) = %q, want %q", before, s, got, want)
		}
	}
}

// TestDoersDiffer: outlets that name different doers of the asked act
// (the United States, its ambassador; the Secretary of State, the
// ambassador) are shown as versions, each cited; an answer whose doer no
// other outlet contradicts is not.
func TestDoersDiffer(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	for _, tc := range []struct {
		q      string
		differ bool
		names  []string
	}{
		{"Who said the compact was inconsistent with US policies?", true, []string{"United States", "Haley"}},
		{"Who announced that the US was withdrawing from the compact?", true, []string{"Tillerson", "Haley"}},
		{"Who endorsed the Global Compact for Migration on Wednesday?", false, []string{"General Assembly"}},
	} {
		ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Refused || strings.HasPrefix(ans.Text, "Sources differ.") != tc.differ {
			t.Errorf("%q: sources differ %v, want %v: %s", tc.q, !tc.differ, tc.differ, ans.Text)
		}
		for _, n := range tc.names {
			if !slices.ContainsFunc(ans.Citations, func(c footnote.Citation) bool { return strings.Contains(c.Quote, n) }) {
				t.Errorf("%q: no citation names %s: %s", tc.q, n, ans.Text)
			}
		}
		if !tc.differ {
			for _, c := range ans.Citations {
				if !strings.Contains(c.Quote, tc.names[0]) {
					t.Errorf("%q: cites %s ¶%d, which names another doer: %q", tc.q, c.Doc, c.Paragraph, c.Quote)
				}
			}
		}
	}
}

// TestClassVerb: a question asking for a person by its class asks for the
// doer of the verb after the class noun and the name it heads; one asking
// for the person something was done to, or for no person, asks none.
func TestClassVerb(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"Which Polish minister recommended that Poland opt out of the compact?", "recommended"},
		{"Which US Secretary of State said the compact could undermine US sovereignty?", "said"},
		{"which official announced the withdrawal", "announced"},
		{"Which US official did Jair Bolsonaro tell that Brazil would leave?", ""},
		{"Which country hosted the conference?", ""},
		{"Who announced the withdrawal?", "announced"},
	} {
		if got := askedVerb(tc.q); got != tc.want {
			t.Errorf("askedVerb(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestWhichOfficialVersions: "which official announced …" is a question
// about who did it, so the outlets that name different announcers are
// shown as versions, each cited, as for "who announced …".
func TestWhichOfficialVersions(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	for _, q := range []string{
		"Who announced that the United States was pulling out of the migration compact?",
		"Which official announced that the United States was pulling out of the migration compact?",
	} {
		ans := mustAnswer(t, e, q)
		if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Tillerson") || !strings.Contains(ans.Text, "Haley") {
			t.Errorf("%q: want Tillerson and Haley as versions: %s", q, ans.Text)
		}
	}
}
