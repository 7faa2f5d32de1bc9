package answer

import (
	"strings"
	"testing"
)

// TestEndsStaying: the sentences of two articles that say a party left in
// the words of the act it stopped ("ending its participation") are read as
// leaving; a sentence about taking part, or about a meeting that ended, is
// not.
func TestEndsStaying(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was “ending its participation in the Global Compact on Migration.”", true},
		{"As a result, President Trump determined that the United States would end its participation in the compact process.", true},
		{"But last December, the United States said it was ending its participation in negotiations on the compact, stating that numerous provisions were “inconsistent with U.S. immigration and refugee policies” under President Donald Trump.", true},
		{"Its participation ended on Saturday.", true},
		{"The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", false},
		{"The meeting ended in deadlock, with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent.", false},
		{"Hungary will not take part at the Morocco meeting, Szijjarto said.", false},
	} {
		if got := endsStaying(c.s); got != c.want {
			t.Errorf("endsStaying(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestWhyQuotesCauseAndConsequence: asked why the United States left,
// the answer quotes the mission's reason together with the sentence that
// states its consequence ("As a result, … would end its participation"),
// on the article alone and on the three articles; asked with a verb of
// leaving the article never uses ("quit"), the article alone answers with
// that reason, not with the advisers' meeting about taking part.
func TestWhyQuotesCauseAndConsequence(t *testing.T) {
	for _, dir := range []string{testArticles, "../docs"} {
		e, _ := newExtractiveOn(t, dir)
		const q = "why did the us leave the compact process"
		a := asker(t, e)(q)
		if a.Refused || !strings.Contains(a.Text, "inconsistent") || !strings.Contains(a.Text, "As a result") {
			t.Errorf("%s: %q answered (refused=%v) %q", dir, q, a.Refused, a.Text)
		}
	}
	e, _ := newExtractiveOn(t, "../docs")
	for _, q := range []string{"Why did the administration quit the talks?", "why did the us withdraw from the migration compact"} {
		a := asker(t, e)(q)
		if a.Refused || !strings.Contains(a.Text, "inconsistent") || strings.Contains(a.Text, "met early last week") {
			t.Errorf("%q answered (refused=%v) %q", q, a.Refused, a.Text)
		}
	}
}

// TestLeavingWordHoldsAskedLeaving: a question asking with one verb of
// leaving ("quitting", "ditching") who told the Secretary-General is
// answered by the sentence where the mission informed him it was "ending
// its participation", on the article alone and on the three articles, as
// the same question with "leaving" was; a sentence of no leaving still
// lacks the fact asked.
func TestLeavingWordHoldsAskedLeaving(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		for _, q := range []string{"who told guterres the us was quitting", "who told guterres the us was ditching the compact", "who told guterres the us was leaving"} {
			a := asker(t, e)(q)
			if a.Refused || !strings.Contains(a.Text, "informed Secretary-General António Guterres") {
				t.Errorf("%s: %q answered (refused=%v) %q", dir, q, a.Refused, a.Text)
			}
		}
	}
	for _, c := range []struct {
		w     string
		words []string
		want  bool
	}{
		{"quitting", []string{"mission", leavingWord, "guterres"}, true},
		{"ditch", []string{"state", "withdrawal", "opposed"}, true},
		{"quitting", []string{"hungary", "quit", "pact"}, true},
		{"quitting", []string{"advisors", "met", "participate"}, false},
		{"told", []string{"mission", leavingWord}, false},
	} {
		words := map[string]bool{}
		for _, w := range c.words {
			words[w] = true
		}
		if got := saysLeavingFor(c.w, words); got != c.want {
			t.Errorf("saysLeavingFor(%q, %v) = %v, want %v", c.w, c.words, got, c.want)
		}
	}
}
