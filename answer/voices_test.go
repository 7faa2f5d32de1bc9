package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestVoices: "what did X say?" over several outlets quotes, besides the
// best sentence, what other outlets report of it that says something
// else, each cited; a question asking for a name does not.
func TestVoices(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ask := func(q string) footnote.Answer {
		t.Helper()
		ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || ans.Refused {
			t.Fatalf("%q: %v %s", q, err, ans.Text)
		}
		return ans
	}
	ans := ask("What did Haley say about the New York Declaration?")
	docs := map[string]bool{}
	for _, c := range ans.Citations {
		docs[c.Doc] = true
	}
	if len(docs) < 2 || !strings.Contains(ans.Text, " reports: ") {
		t.Errorf("one outlet's voice: %s %+v", ans.Text, ans.Citations)
	}
	if n := strings.Count(ans.Text, " reports: "); n > maxVoices-1 {
		t.Errorf("%d other voices, want at most %d: %s", n, maxVoices-1, ans.Text)
	}
	if ans := ask("Under which US president did the United States join the New York Declaration?"); strings.Contains(ans.Text, " reports: ") {
		t.Errorf("a question for a name quotes other voices: %s", ans.Text)
	}
}
