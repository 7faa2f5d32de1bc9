package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestWhenPrefersTimeOfAskedAct: a "when" question is answered by the
// sentence that gives the time of the act asked, not by one that matches
// more of its words next to a time of another act (the Foreign Policy
// article, asked over the three test articles; TestTimeOfAct reads the AP
// one).
func TestWhenPrefersTimeOfAskedAct(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, tc := range []struct{ q, want, not string }{
		// "In recent weeks" dates Miller's efforts, not the US's pull-out.
		{"When did the US pull out of the migration talks?", "On Saturday", "In recent weeks"},
		// "scheduled to begin Monday" dates the conference, not the decision.
		{"when did the president decide", "on Friday", "begin Monday"},
	} {
		a := ask(tc.q)
		if a.Refused || !strings.Contains(a.Text, tc.want) || (tc.not != "" && strings.Contains(a.Text, tc.not)) {
			t.Errorf("%q: answered %q (refused %v), want %q without %q", tc.q, a.Text, a.Refused, tc.want, tc.not)
		}
	}
}

// TestWhenRightAnswersStay: questions whose words and time agree keep
// their answer, a vague time included when it is the only time of the act.
func TestWhenRightAnswersStay(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for q, want := range map[string]string{
		"when did miller start pushing to pull out":           "In recent weeks",
		"when did the advisers meet":                          "early last week",
		"when was the global compact for migration finalized": "in July",
		"When did Austria pull out?":                          "Austria in October",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: answered %q (refused %v), want %q", q, a.Text, a.Refused, want)
		}
	}
}

// TestTimeOfAct: how a sentence's times stand to the act asked.
func TestTimeOfAct(t *testing.T) {
	e, _ := newExtractive(t)
	for _, tc := range []struct {
		doc, q, s string
		want      actPreference
	}{
		{"trump-boycotts-un-migration-talks", "When did the US pull out of the migration talks?",
			"In recent weeks, Miller led efforts to pull out of the migration talks.", timeOfOtherAct},
		{"trump-boycotts-un-migration-talks", "When did Miller lead efforts to pull out?",
			"In recent weeks, Miller led efforts to pull out of the migration talks.", timeVague},
		{"trump-boycotts-un-migration-talks", "When did the advisers meet?",
			"The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", timeOfAskedAct},
		{"108-seattletimes-ap-poland", "when is the compact due to be approved",
			"It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco.", timeOfAskedAct},
		{"108-seattletimes-ap-poland", "when is the compact due to be approved",
			"The Global Compact for Safe, Orderly and Regular Migration, which won’t be legally binding, was finalized under U.N. auspices in July.", timeOfOtherAct},
		// An opening phrase of time dates the main clause however long its
		// subject (openingtime.go), not a clause of another act.
		{"108-seattletimes-ap-poland", "When was the New York Declaration adopted?",
			"In September 2016, the 193 members of the UN General Assembly unanimously adopted a non-binding political declaration called the New York Declaration for Refugees and Migrants.", timeOfAskedAct},
		{"078-reuters-in-hungary-quit", "When did the Polish Cabinet approve the statement?",
			"On Tuesday, the Polish Cabinet of Prime Minister Mateusz Morawiecki and the ministers of his party approved a statement on the compact.", timeOfAskedAct},
		{"108-seattletimes-ap-poland", "When was the New York Declaration adopted?",
			"In September 2016, the 193 members of the UN General Assembly met in New York to discuss refugees and migrants.", timeOfOtherAct},
	} {
		bar, ok := e.newAnswerBar(tc.q, tc.q, nil)
		if !ok {
			t.Fatalf("%q: no terms", tc.q)
		}
		ta := e.newTimeAsk(tc.q, askedWords(tc.q), bar)
		if got := e.timeOfAct(ta, sentence{doc: tc.doc, text: tc.s}, false); got != tc.want {
			t.Errorf("%q: timeOfAct(%q) = %d, want %d", tc.q, tc.s, got, tc.want)
		}
	}
}

// TestVagueSpanAt: a plural unit after a modifier is a vague span; a
// singular one, a number of units or a day is not.
func TestVagueSpanAt(t *testing.T) {
	for s, want := range map[string]bool{
		"in recent weeks":  true,
		"in coming months": true,
		"early last week":  false,
		"three years":      false,
		"on Saturday":      false,
	} {
		toks := text.Tokens(s)
		got := false
		for i := range toks {
			got = got || vagueSpanAt(toks, i)
		}
		if got != want {
			t.Errorf("vagueSpanAt(%q) = %v, want %v", s, got, want)
		}
	}
}
