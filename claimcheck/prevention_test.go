package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// "dissuade governments from detaining" denies the detaining.
func TestPreventingVerbDenies(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// trump-boycotts-un-migration-talks (Foreign Policy), its paragraph on the New York declaration.
			"decl": {"The declaration included a set of commitments designed to ensure the protection of migrants’ human rights, enhance international border security cooperation, and dissuade governments from detaining immigrant children."},
			// trump-boycotts-un-migration-talks (Foreign Policy) ¶5, its "ditching" clause.
			"fp": {"The State Department initially opposed the withdrawal, but its policy planning chief, Brian Hook, reversed course and recommended ditching the negotiations."},
		},
		langs: map[string]string{"decl": "en", "fp": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"the declaration recommended detaining immigrant children", Contradicted},
		// "-ing" after no verb of preventing denies nothing.
		{"brian hook recommended ditching the negotiations", Supported},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
	for _, w := range []string{"dissuade", "prevented", "deterred", "barred", "stopped", "keeps", "kept", "prohibited", "banned", "discouraged", "blocked", "restrained", "refrained", "forbidden", "forbade", "hindered", "precluded"} {
		if !preventingVerbs[text.Stem(text.English, w)] {
			t.Errorf("%q (%s) is no verb of preventing", w, text.Stem(text.English, w))
		}
	}
	for s, want := range map[string]bool{
		"They dissuade member states from detaining children.": true,
		"Hungary withdrew from negotiating the pact.":          false,
		"Stop the detention of children.":                      false,
	} {
		if got := quoteNegated(s); got != want {
			t.Errorf("quoteNegated(%q) = %v, want %v", s, got, want)
		}
	}
}
