package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestAskersNow: a chat question anchored on the asker's present ("today",
// "last night", "this morning") or saying only the kind of answer it wants
// ("what year is it") is refused on the three articles, each of which
// answered one of them on main from a sentence sharing an everyday word;
// a question whose time words are the articles' own ("early last week",
// the FP article's) or that names what it asks about is answered.
func TestAskersNow(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"whats the weather like in budapest today", // Reuters ¶1 on main
		"who won the match in warsaw last night",   // AP ¶2 on main
		"what did szijjarto say this morning",      // Reuters ¶1 on main
		"what is polands best movie this year",     // FP ¶11 on main
		"what year is it",                          // "Sources differ" on main
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"what happened early last week":          "national security advisors",
		"what day did hungary say it would quit": "Wednesday",
		"so is the us out of the compact now":    "participation",
		"what day did trump decide":              "Friday",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}

// TestAskersNowFP: the same on the FP article alone, where the chat
// questions of chat14-tune were answered from "early last week" and
// "whether".
func TestAskersNowFP(t *testing.T) {
	e, _ := newExtractiveOn(t, "../docs")
	ask := asker(t, e)
	for _, q := range []string{"whats the weather like today", "who won the football game last night", "what time is it"} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	if a := ask("what happened early last week"); a.Refused || !strings.Contains(a.Text, "national security advisors") {
		t.Errorf("early last week: %s", a.Text)
	}
}

func TestAskersNowPhrases(t *testing.T) {
	for q, want := range map[string][]string{
		"who won the game last night":    {"last night"},
		"whats on tonight":               {"tonight"},
		"what did they decide right now": {"right now"},
		"what happened early last week":  {"last week"},
		"is the us out now":              nil,
		"a 32-year-old adviser":          nil,
		"what did they say this weekend": {"this weekend"},
	} {
		if got := askersNow(q); !slices.Equal(got, want) {
			t.Errorf("askersNow(%q) = %q, want %q", q, got, want)
		}
	}
}
