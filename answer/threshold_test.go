package answer

import (
	"strings"
	"testing"
)

// TestRelatedWordsAloneAnswerNothing: a sentence that holds none of the
// question's words, in itself or its paragraph, only words near them in
// meaning ("favorite" ~ "best"), answers nothing the question asks about
// (minHeldTerms), on the Foreign Policy article and the three articles.
func TestRelatedWordsAloneAnswerNothing(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		ask := asker(t, e)
		for _, q := range []string{"what's your favorite movie?", "What's your favourite film?"} {
			if a := ask(q); !a.Refused {
				t.Errorf("%s: %q answered %q, want a refusal", dir, q, a.Text)
			}
		}
		// A question whose words the sentence holds is answered as before.
		if a := ask("who endorsed the new york declaration"); a.Refused || !strings.Contains(a.Text, "Obama") {
			t.Errorf("%s: the declaration's question answered (refused=%v) %q", dir, a.Refused, a.Text)
		}
	}
}

// TestCoverageThreshold: a question whose phrasal verb no article uses
// ("wrapped up") but whose other words and asked kind (a date) the
// sentence holds is answered (minCoverage 0.4; refused at 0.45).
func TestCoverageThreshold(t *testing.T) {
	for dir, want := range map[string]string{"../docs": "late 2018", testArticles: "July"} {
		e, _ := newExtractiveOn(t, dir)
		a := asker(t, e)("when was the final treaty supposed to be wrapped up")
		if a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%s: answered (refused=%v) %q, want a date (%q)", dir, a.Refused, a.Text, want)
		}
	}
}
