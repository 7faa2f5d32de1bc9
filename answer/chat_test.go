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
