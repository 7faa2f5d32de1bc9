package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestDemonymPairs(t *testing.T) {
	for _, tc := range []struct {
		word, country string
		want          bool
	}{
		{"Polish", "Poland", true},
		{"Italian", "Italy", true},
		{"French", "France", true},
		{"Spanish", "Spain", true},
		{"Turkish", "Turkey", true},
		// A language of several countries names the people of the one
		// whose name it shares, not the others.
		{"German", "Austria", false},
		{"Spanish", "Mexico", false},
		{"Portuguese", "Brazil", false},
		{"Arabic", "Egypt", false},
		// Pairs are different countries' otherwise.
		{"Polish", "Italy", false},
	} {
		content := map[string]struct{}{stem(text.Fold(tc.country)): {}}
		if got := demonymHeld(stem(text.Fold(tc.word)), content); got != tc.want {
			t.Errorf("%s held by %s = %v, want %v", tc.word, tc.country, got, tc.want)
		}
	}
}

// A claim that names a country by its adjective is checked against the
// sentence that names the country, and the other way round.
func TestCheckDemonym(t *testing.T) {
	c, _ := newCheckerOn(t, "../testdata/coverage")
	ctx := context.Background()
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string
	}{
		// "… with Israel, the Czech Republic and Poland also voting
		// “no”" (072).
		{"israel, the czech republic and the polish government also voted no", Supported, "072-latimes-ap-ga-endorses"},
		// Another country's adjective is no Poland.
		{"israel, the czech republic and the italian government also voted no", NotCovered, ""},
		// "WARSAW, Poland (AP) — The Polish government said Tuesday
		// that it will not support a global compact" (108).
		{"polands government said it will not support a global compact seeking international cooperation on migration", Supported, "108-seattletimes-ap-poland"},
	} {
		r, err := c.Check(ctx, tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if r.Verdict != tc.want || tc.doc != "" && (len(r.Citations) == 0 || r.Citations[0].Doc != tc.doc) {
			t.Errorf("%q: %s %v, want %s from %s", tc.claim, r.Verdict, r.Citations, tc.want, tc.doc)
		}
	}
}
