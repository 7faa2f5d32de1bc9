package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestDecisionTimeNotTheAct: the day a president decided the US would
// leave is no version of the day the US told the UN it was leaving,
// while a question about the decision itself still gets that day.
func TestDecisionTimeNotTheAct(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"mission": "published: \"2017-12-03\"\n---\n\nOn Saturday, the U.S. mission to the United Nations told the UN that the US was leaving the migration talks.",
		"decided": "published: \"2017-12-04\"\n---\n\nOn Friday, President Trump decided that the US was leaving the UN migration talks, officials said.",
		"austria": "published: \"2018-11-01\"\n---\n\nThe Austrian government said Wednesday that it would not sign the migration compact.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "On what day did the US tell the UN it was leaving the migration talks?")
	if strings.HasPrefix(ans.Text, "Sources differ") || strings.Contains(ans.Text, "On Friday") {
		t.Errorf("the day of the decision shown as a version of the day the UN was told: %s", ans.Text)
	}
	if !strings.Contains(ans.Text, "On Saturday") {
		t.Errorf("the day the UN was told lost: %s", ans.Text)
	}
	ans = mustAnswer(t, e, "On what day did President Trump decide that the US was leaving the UN migration talks?")
	if !strings.Contains(ans.Text, "On Friday") {
		t.Errorf("a question about the decision lost its day: %s", ans.Text)
	}
}

// TestDecisionNotAsked: a verb of decision, or a light verb taking a
// noun of one, governs the time unless the question asks about a decision.
func TestDecisionNotAsked(t *testing.T) {
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"On what day did the US tell the UN it was leaving the talks?", "On Friday , Trump decided that the US would leave", true},
		{"When did Austria decide to leave the compact?", "On Wednesday , the government decided to leave", false},
		{"On what day did the US tell the UN it was leaving the talks?", "Trump made the decision on Friday", true},
		{"When was the decision to leave the talks made?", "Trump made the decision on Friday", false},
		{"On what day did the US tell the UN it was leaving the talks?", "On Saturday , the mission informed the UN", false},
	} {
		toks := text.Tokens(c.s)
		ta := timeAsk{verbs: questionVerbs(c.q), asked: askedWords(c.q)}
		i := slices.IndexFunc(toks, func(t text.Token) bool { return isCalendarName(t.Text) })
		verb := slices.IndexFunc(toks, func(t text.Token) bool { return pastVerbAt(toks, slices.Index(toks, t)) })
		if got := decisionNotAsked(ta, toks, verb, i); got != c.want {
			t.Errorf("decisionNotAsked(%q, %q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
}
