package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// TestMeasureAt: a length is a number with its unit of time, or a number
// joined by a hyphen to what it measures; a date, an age, a count of
// things and a vote are not.
func TestMeasureAt(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"whose final text was agreed in July after 18 months of negotiations", "18 month"},
		{"The negotiations took place over about a six-month period", "6 month"},
		{"The three\u2011day preparatory stocktaking meeting began today", "3 day"},
		{"As the initiatives proposed in the 31-page Global Compact take root", "31 page"},
		{"officials have been negotiating the wording over the past two years", "2 year"},
		{"The stocktaking meeting convened from 4-6 December 2017", ""},
		{"Stephen Miller, the 32-year-old senior White House policy advisor", ""},
		{"approved by a vote of 152-5 with 12 countries abstaining", ""},
		{"its 23 sweeping objectives for 258 million people", ""},
	} {
		toks := text.Tokens(tc.s)
		var got []string
		for i := range toks {
			if m := measureAt(tc.s, toks, i); m != "" {
				got = append(got, m)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("measures of %q = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestLengthVersions: "how long" is answered by the lengths the outlets
// give; outlets that give one length agree, whatever other numbers their
// sentences hold (a date, a count of delegates), and outlets that give
// two lengths are shown as two versions, each cited.
func TestLengthVersions(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"wire-a": "---\n\nDelegates met for a three-day stocktaking meeting in Puerto Vallarta that opened on 4 December with 400 delegates from 136 Member States.\n\nThe negotiations on the text of the compact lasted 18 months, diplomats said.",
		"wire-b": "---\n\nThe stocktaking meeting in Puerto Vallarta lasted three days, and 60 million displaced people were on the agenda.\n\nThe negotiations on the text of the compact took place over six months, the special representative said.",
		"wire-c": "---\n\nA spokesman said the stocktaking meeting in Puerto Vallarta would close on 6 December after three days of talks.",
	})
	e, _ := newExtractiveOn(t, dir)
	ask := func(q string) footnote.Answer { return mustAnswer(t, e, q) }
	agreed := ask("How long did the stocktaking meeting in Puerto Vallarta last?")
	if strings.HasPrefix(agreed.Text, "Sources differ") {
		t.Errorf("outlets that agree on three days shown as differing: %s", agreed.Text)
	}
	if !strings.Contains(agreed.Text, "three") {
		t.Errorf("answer lacks the length: %s", agreed.Text)
	}
	differ := ask("How long did the negotiations on the text of the compact last?")
	if !strings.HasPrefix(differ.Text, "Sources differ") {
		t.Fatalf("18 months and six months not shown as differing: %s", differ.Text)
	}
	cited := map[string]bool{}
	for _, c := range differ.Citations {
		cited[c.Doc] = true
	}
	for _, want := range []string{"18 months", "six months"} {
		if !strings.Contains(differ.Text, want) {
			t.Errorf("answer lacks %q: %s", want, differ.Text)
		}
	}
	if !cited["wire-a"] || !cited["wire-b"] {
		t.Errorf("each version not cited from its outlet: %+v", differ.Citations)
	}
	if strings.Contains(differ.Text, "lasted three days") {
		t.Errorf("the meeting's three days shown as a length of the negotiations: %s", differ.Text)
	}
}

// TestLengthOfWhatIsAsked: a measure joined to a noun measures that noun:
// the three-day meeting that reviewed a draft gives no length of the
// draft, while the 31-page and the 34-page draft disagree.
func TestLengthOfWhatIsAsked(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"wire-a": "---\n\nThe three-day meeting in Puerto Vallarta reviewed the 31-page draft of the compact.",
		"wire-b": "---\n\nDelegates in Geneva discussed the 34-page draft of the compact on Monday.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "How long is the draft of the compact?")

	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "31-page") || !strings.Contains(ans.Text, "34-page") {
		t.Errorf("31 and 34 pages not shown as versions: %s", ans.Text)
	}
	const q = "How long is the draft of the compact?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	la := newLengthAsk(q, askedWords(q), bar, "en")
	if got := e.lengthValue(la, sentence{doc: "wire-a", text: "The three-day meeting in Puerto Vallarta reviewed the 31-page draft of the compact."}); got != "31 page" {
		t.Errorf("lengths of the draft in wire-a = %q, want only its 31 pages", got)
	}
}

// TestLengthAgreedOverCoverage: over pages of the crawl, the length of the
// Marrakech conference is its one length ("two-day", "the two days of the
// Conference"), not a disagreement
// between the numbers of the sentences that name it (objectives, people,
// votes, member states).
func TestLengthAgreedOverCoverage(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const q = "How long did the Marrakech conference on the migration compact last?"
	ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "two") {
		t.Errorf("%q: want the two-day conference, one version: %s", q, ans.Text)
	}
}
