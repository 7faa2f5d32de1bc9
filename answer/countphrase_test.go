package answer

import (
	"strings"
	"testing"
)

// TestCountPhrase: "what is the <noun> count" and "what is the number of
// <noun>" count the noun; a count noun with nothing it counts, or not
// after "what"/"which" and a copula, counts nothing.
func TestCountPhrase(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"What is the page count of the Global Compact?", "page"},
		{"what's the number of countries that signed the pact", "countries"},
		{"What was the total of votes against the compact?", "votes"},
		{"Which is the vote tally in the General Assembly?", "vote"},
		{"What is the number?", ""},
		{"What is the count?", ""},
		{"What number did the mission call?", ""},
		{"How many pages does the compact have?", ""}, // countedNoun reads it
	} {
		if got := countPhrase(tc.q); got != tc.want {
			t.Errorf("countPhrase(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestCountPhraseVersions: a count asked as "what is the number of …"
// shows the outlets' versions as "how many …" does (two outlets of the
// coverage give 60 and 65.6 million displaced); before, it asked for
// nothing and one outlet was quoted. Over the three articles, where one
// gives the count, it is answered once.
func TestCountPhraseVersions(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ans := mustAnswer(t, e, "What is the number of people forcibly displaced worldwide?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "60 million") || !strings.Contains(ans.Text, "65.6 million") {
		t.Errorf("60 and 65.6 million not shown as two versions: %s", ans.Text)
	}
	e, _ = newExtractive(t)
	ans = mustAnswer(t, e, "What is the number of objectives in the compact?")
	if strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "23 objectives") {
		t.Errorf("the 23 objectives not answered once: %s", ans.Text)
	}
}
