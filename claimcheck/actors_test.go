package claimcheck

import (
	"context"
	"testing"
)

// TestCheckComparesAnnouncers: outlets that name different announcers of
// one act dispute a claim naming one of them, and contradict a claim
// naming another the coverage knows; a country announcing its own act is
// not another announcer of a neighbour's.
func TestCheckComparesAnnouncers(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"state":   {"Secretary of State Rex Tillerson announced that the United States is withdrawing from the Global Compact on Migration."},
			"mission": {"The US Mission to the United Nations announced that the United States is withdrawing from the Global Compact on Migration, the mission said."},
			"others":  {"Hungary announced that it would quit the Global Compact on Migration.", "Attorney General Jeff Sessions backed the withdrawal."},
		},
		langs: map[string]string{"state": "en", "mission": "en", "others": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"Rex Tillerson announced that the United States is withdrawing from the Global Compact on Migration", Disputed},
		{"Jeff Sessions announced that the United States is withdrawing from the Global Compact on Migration", Contradicted},
		{"Hungary announced that it would quit the Global Compact on Migration", Supported},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}

// TestCheckAnnouncerOfParticiple: an announcer told in the clause before a
// participle ("said in a statement, announcing the withdrawal") is the
// outlet's announcer, and disputes a claim that names another (a country
// announcing its own act that way is no rival announcer).
func TestCheckAnnouncerOfParticiple(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"state":   {"Secretary of State Rex Tillerson announced that the United States is withdrawing from the Global Compact on Migration."},
			"haley":   {"Ambassador Nikki Haley said in a statement, announcing U.S. withdrawal from participation in the Global Compact on Migration, that the decision was final."},
			"hungary": {"Foreign Minister Peter Szijjarto spoke on Wednesday, announcing its withdrawal from the Global Compact on Migration."},
		},
		langs: map[string]string{"state": "en", "haley": "en", "hungary": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"rex tillerson announced the us withdrawal from the global compact on migration", Disputed},
		{"nikki haley announced the us withdrawal from the global compact on migration", Disputed},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}
