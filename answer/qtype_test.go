package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestAskedKind: the kind of answer is read from the question's wh-word,
// wherever it stands and however it is typed.
func TestAskedKind(t *testing.T) {
	for q, want := range map[string]kind{
		"Who overruled Haley?":                            kindPerson,
		"who's colum lynch":                               kindAny,
		"who is the U.S. ambassador to the UN?":           kindPerson,
		"Where was the conference held?":                  kindPlace,
		"wen did miller start pushing":                    kindTime,
		"timeline pls: when did the advisers meet":        kindTime,
		"How many objectives does the compact have?":      kindNumber,
		"how many years was the author at foreign policy": kindTime,
		"Why did Hungary quit the pact?":                  kindReason,
		"how come poland withdrew":                        kindReason,
		"Which department is Brian Hook from?":            kindOrg,
		"Did Poland sign the compact?":                    kindYesNo,
		"wait is the us leaving the un entirely??":        kindYesNo,
		"What did Szijjarto say about the accord?":        kindAny,
		"wat was the meeting in puerto vallarta for":      kindReason,
		"tell me about the migration pact":                kindAny,
		"Under which US president did the US join it?":    kindPerson,
		"Which Polish prime minister said so?":            kindPerson,
		"what happened early last week":                   kindAny,
		"what weekday did the us tell guterres":           kindTime,
	} {
		if got := askedKind(q); got != want {
			t.Errorf("askedKind(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestWeekdayAsked: "what weekday" asks for a day as "what day" does, so
// the day is found; before, it asked for nothing and was refused (the FP
// article's "On Saturday, the U.S. mission … informed … Guterres").
func TestWeekdayAsked(t *testing.T) {
	e, _ := newExtractive(t)
	ans := mustAnswer(t, e, "What weekday did the U.S. mission tell Guterres it was leaving?")
	if !strings.Contains(ans.Text, "On Saturday") || !strings.Contains(ans.Text, "[FP ¶2]") {
		t.Errorf("the mission's Saturday not answered: %s", ans.Text)
	}
}

// TestHasKind: sentences of the three test articles hold the kinds of
// answer a reader would find in them, and a word the question already
// gives is no answer.
func TestHasKind(t *testing.T) {
	tests := []struct {
		k        kind
		sentence string
		asked    string
		want     bool
	}{
		{kindPlace, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco.", "where", true},
		{kindPlace, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco.", "where marrakech morocco", false},
		{kindTime, "Hungary withdrew in July and Austria in October.", "when did hungary withdraw", true},
		{kindTime, "The Polish government said Tuesday that it will not support a global compact.", "when", true},
		{kindNumber, "The compact has 23 objectives that seek to boost cooperation.", "how many objectives", true},
		{kindNumber, "Poland’s government has taken a strong anti-migrant position.", "how many", false},
		{kindPerson, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday.", "who", true},
		{kindPerson, "She was ultimately overruled by the president, according to diplomatic sources.", "who", false},
		{kindOrg, "The State Department initially opposed the withdrawal.", "which department", true},
		{kindReason, "Haley had argued that the United States would have a better shot at influencing the outcome.", "why", true},
		{kindReason, "Hungary withdrew in July and Austria in October.", "why", false},
		{kindReason, "Netanyahu said Israel must protect its borders against illegal infiltrators.", "why", true},
	}
	for _, tt := range tests {
		if got := hasKind(tt.k, tt.sentence, askedWords(tt.asked)); got != tt.want {
			t.Errorf("hasKind(%v, %q, asked %q) = %v, want %v", tt.k, tt.sentence, tt.asked, got, tt.want)
		}
	}
}

// TestQuestionParts: a question is cut where a new question word opens a
// part after a separator, and only there.
func TestQuestionParts(t *testing.T) {
	for q, want := range map[string][]string{
		"Who supported the withdrawal and who argued against it?":                               {"Who supported the withdrawal and", "who argued against it?"},
		"timeline pls: when did the advisers meet, when did trump decide, when was the un told": {"when did the advisers meet,", "when did trump decide,", "when was the un told"},
		"Why did Hungary quit the pact?":                                                        {"Why did Hungary quit the pact?"},
		"What did Poland and Hungary decide?":                                                   {"What did Poland and Hungary decide?"},
		"did the us ghost the un or did they tell someone":                                      {"did the us ghost the un or", "did they tell someone"},
	} {
		got := questionParts(q)
		if !slices.Equal(got, want) {
			t.Errorf("questionParts(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestKindGate: a question asking for a number or a date is refused when
// the sentences that match its words hold none, and answered when they do.
func TestKindGate(t *testing.T) {
	e, _ := newExtractive(t)
	for q, want := range map[string]string{
		"How many objectives does the compact have?":                    "23 objectives",
		"When did Hungary say it would quit?":                           "Wednesday",
		"How old is Stephen Miller?":                                    "32-year-old",
		"How many advisers did Szijjarto bring to the news conference?": "",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case want == "" && !a.Refused:
			t.Errorf("%q answered %q; the articles give no such number", q, a.Text)
		case want != "" && (a.Refused || !strings.Contains(a.Text, want)):
			t.Errorf("%q answered (refused=%v) %q, want %q in it", q, a.Refused, a.Text, want)
		}
	}
}

// TestTimeUnits: "last week" is a time, "a 32-year-old adviser" is not.
func TestTimeUnits(t *testing.T) {
	asked := askedWords("when")
	for s, want := range map[string]bool{
		"The administration’s top national security advisors met early last week.": true,
		"In recent weeks, Miller led efforts to pull out of the migration talks.":  true,
		"Stephen Miller, the 32-year-old senior White House policy advisor.":       false,
		"The compact has 23 objectives.":                                           false,
	} {
		if got := hasKind(kindTime, s, asked); got != want {
			t.Errorf("hasKind(time, %q) = %v, want %v", s, got, want)
		}
	}
}

// TestClassNounHeldByAnswer: the noun that says what kind of answer is
// asked ("day" of "on what day…") is held by a sentence that holds an
// answer of that kind ("on Wednesday"), not only by the word itself, in
// two articles; a sentence without such an answer does not hold it.
func TestClassNounHeldByAnswer(t *testing.T) {
	e, _ := newExtractive(t)
	for _, c := range []struct{ q, noun, holds, lacks string }{
		{"On what day did Hungary say it would quit the pact?", "day",
			"Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday",
			"This document is entirely against Hungary’s security interests"},
		{"On what day did the US tell the UN it was leaving the migration talks?", "day",
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres",
			"In a separate statement, the U.S. mission to the United Nations noted"},
	} {
		if k, noun := askedClass(c.q); k != kindTime || noun != c.noun {
			t.Fatalf("askedClass(%q) = %v %q, want time %q", c.q, k, noun, c.noun)
		}
		noun := []qterm{termOf(t, e, c.q, c.noun)}
		soft := softMatcher{}
		for s, want := range map[string]bool{c.holds: true, c.lacks: false} {
			sent := sentence{text: s, stems: map[string]bool{}, ctx: map[string]bool{}, words: map[string]bool{}}
			own, _, _, _ := coverOf(noun, sent, soft)
			if (own > 0) != want {
				t.Errorf("%q: %q held in %q: %v, want %v", c.q, c.noun, s, own > 0, want)
			}
		}
	}
}

// TestAnswerTypeChoosesSentence: asked for a day in other words than the
// article's, the answer is the sentence that gives the day of what was
// asked, not one that names another day.
func TestAnswerTypeChoosesSentence(t *testing.T) {
	e, _ := newExtractiveOn(t, "../docs")
	a, err := e.Answer(context.Background(), footnote.Question{Text: "On what day did the US tell the UN it was leaving the migration talks?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Refused || !strings.Contains(a.Text, "On Saturday, the U.S. mission") || strings.Contains(a.Text, "Friday") {
		t.Errorf("answer (refused=%v) %q, want the sentence of Saturday only", a.Refused, a.Text)
	}
}
