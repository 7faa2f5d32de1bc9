package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestDefiniteRefs: a sentence opening with "The meeting" is about the
// meeting the article named before, with the words it wrote before
// "meeting".
func TestDefiniteRefs(t *testing.T) {
	for _, c := range []struct {
		before, sents []string
		want          [][]string
	}{
		{[]string{"Brian Hook represented Rex Tillerson at the principals’ meeting."}, []string{"The meeting ended in deadlock."},
			[][]string{{"principals"}}},
		{nil, []string{"The so-called New York declaration was endorsed.", "The declaration included a set of commitments."},
			[][]string{nil, {"York", "New"}}},
		// A meeting named without modifiers, a name after "The", a
		// pronoun and a noun named too far back stand for nothing new.
		{nil, []string{"They called a meeting.", "The meeting ended."}, [][]string{nil, nil}},
		{nil, []string{"Trump decided.", "The President left."}, [][]string{nil, nil}},
		{nil, []string{"Poland’s government has taken a strong position.", "It won power in 2015."}, [][]string{nil, nil}},
		{nil, []string{"A budget meeting began.", "One.", "Two.", "Three.", "Four.", "The meeting ended."}, [][]string{nil, nil, nil, nil, nil, nil}},
	} {
		got := definiteRefs(c.before, c.sents)
		for i := range c.want {
			if !slices.Equal(got[i], c.want[i]) {
				t.Errorf("%q after %q: %q, want %q", c.sents[i], c.before, got[i], c.want[i])
			}
		}
	}
}

// TestDefiniteRefsAnswer: on the three articles and on the Foreign Policy
// article alone, a question that names the meeting as the article did
// before ("the principals' meeting") is answered by the sentence that calls
// it "the meeting".
func TestDefiniteRefsAnswer(t *testing.T) {
	for _, dir := range []string{testArticles, "../docs"} {
		e, _ := newExtractiveOn(t, dir)
		const q = "How did the principals' meeting end?"
		a := asker(t, e)(q)
		if a.Refused || !strings.Contains(a.Text, "deadlock") {
			t.Errorf("%s: %q answered (refused=%v) %q", dir, q, a.Refused, a.Text)
		}
	}
}
