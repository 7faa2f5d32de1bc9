package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestSubjectRefs: a sentence opening with "It" is about the subject of
// the sentence before; one opening with "The meeting" about the meeting the
// article named before, with the words it wrote before "meeting".
func TestSubjectRefs(t *testing.T) {
	for _, c := range []struct {
		before, sents []string
		want          [][]string
	}{
		{nil, []string{"Poland’s government has taken a strong anti-migrant position.", "It won power in 2015 amid Europe’s migration crisis."},
			[][]string{nil, {"Poland", "government"}}},
		{[]string{"Brian Hook represented Rex Tillerson at the principals’ meeting."}, []string{"The meeting ended in deadlock."},
			[][]string{{"principals"}}},
		{nil, []string{"The so-called New York declaration was endorsed.", "The declaration included a set of commitments."},
			[][]string{nil, {"York", "New"}}},
		// A pronoun after a pronoun, a meeting named without modifiers and
		// a name after "The" stand for nothing new.
		{nil, []string{"It rained.", "It stopped."}, [][]string{nil, nil}},
		{nil, []string{"They called a meeting.", "The meeting ended."}, [][]string{nil, nil}},
		{nil, []string{"Trump decided.", "The President left."}, [][]string{nil, nil}},
		{nil, []string{"In recent weeks, Miller led efforts.", "It failed."}, [][]string{nil, nil}},
	} {
		got := subjectRefs(c.before, c.sents)
		for i := range c.want {
			if !slices.Equal(got[i], c.want[i]) {
				t.Errorf("%q after %q: %q, want %q", c.sents[i], c.before, got[i], c.want[i])
			}
		}
	}
}

// TestSubjectRefsAnswer: on the three articles and on the Foreign Policy
// article alone, a question that names what a sentence calls "it" or "the
// meeting" is answered by that sentence.
func TestSubjectRefsAnswer(t *testing.T) {
	for _, c := range []struct{ dir, q, want string }{
		{testArticles, "what does poland's gov think of muslim migrants", "risk to the nation"},
		{testArticles, "How did the principals' meeting end?", "deadlock"},
		{"../docs", "How did the principals' meeting end?", "deadlock"},
	} {
		e, _ := newExtractiveOn(t, c.dir)
		a := asker(t, e)(c.q)
		if a.Refused || !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: %q answered (refused=%v) %q, want %q", c.dir, c.q, a.Refused, a.Text, c.want)
		}
	}
}
