package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

func TestPlainWords(t *testing.T) {
	for q, want := range map[string]string{
		"whats the reason ppl are displaced":  "what is the reason people are displaced",
		"why won’t Poland back it?":           "why will not Poland back it?",
		"why wont poland back it":             "why will not poland back it",
		"isnt it a pact w/ the UN, didnt he?": "is not it a pact with the UN, did not he?",
		"Who backed the pullout?":             "Who backed the pullout?",
		"who won power in 2015":               "who won power in 2015",
		"WAT WAS THE MEETNG FOR":              "WHAT WAS THE MEETNG FOR",
		"is the us leaving the un?":           "is the US leaving the un?",
		"what did the us say":                 "what did the US say",
		"THE US":                              "THE US",
		"what did they tell us":               "what did they tell us",
	} {
		if got := plainWords(q); got != want {
			t.Errorf("plainWords(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestChatShorthand: a question in chat shorthand gets the answer of the
// question in plain words.
func TestChatShorthand(t *testing.T) {
	e, _ := newExtractive(t)
	for chat, plain := range map[string]string{
		"whats the reason ppl are displaced":         "What is the reason people are displaced?",
		"did the state dept oppose the withdrawal":   "Did the State Department oppose the withdrawal?",
		"why wont poland support the global compact": "Why won't Poland support the global compact?",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: chat})
		if err != nil {
			t.Fatal(err)
		}
		b, err := e.Answer(context.Background(), footnote.Question{Text: plain})
		if err != nil {
			t.Fatal(err)
		}
		if a.Refused || a.Text != b.Text {
			t.Errorf("%q answered (refused=%v)\n  %s\nbut %q\n  %s", chat, a.Refused, a.Text, plain, b.Text)
		}
	}
	a, err := e.Answer(context.Background(), footnote.Question{Text: "whats the reason ppl are displaced"})
	if err != nil || !strings.Contains(a.Text, "poverty") {
		t.Errorf("the reasons people are displaced: %v %s", err, a.Text)
	}
}

// TestTheUSInLowercase: "the us" typed in lowercase is the United States,
// as "the US" is, not the pronoun: the answer is the one the question in
// capitals gets, and it names the United States.
func TestTheUSInLowercase(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for lower, upper := range map[string]string{
		"wait is the us leaving the un entirely??":    "wait is the US leaving the UN entirely??",
		"what did the us say was wrong with the pact": "what did the US say was wrong with the pact",
	} {
		a, b := ask(lower), ask(upper)
		if a.Refused || a.Text != b.Text {
			t.Errorf("%q answered\n%s\nwant as %q:\n%s", lower, a.Text, upper, b.Text)
		}
		if !strings.Contains(a.Text, "U.S.") && !strings.Contains(a.Text, "United States") {
			t.Errorf("%q: the answer does not name the United States:\n%s", lower, a.Text)
		}
	}
}
