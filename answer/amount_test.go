package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/relatedness"
)

// TestHowMuchAsksAmount: a "how much" question is answered only by a
// sentence that gives an amount (a sum, a share), not by one that counts
// something else ("60 million people", "23 objectives"), on the article
// alone and on the three articles; where an article gives the sum, it is
// quoted, and a "how many" question still takes a count.
func TestHowMuchAsksAmount(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		for _, q := range []string{"how much did the senate tax bill cost", "how much money does the compact cost"} {
			if a := asker(t, e)(q); !a.Refused {
				t.Errorf("%s: %q answered %q", dir, q, a.Text)
			}
		}
	}
	e, _ := newExtractiveOn(t, "testdata/amount")
	for q, want := range map[string]string{
		"how much did the conference cost":           "$3 million",
		"how much of the cost did the un pay":        "40 percent",
		"how many countries attended the conference": "164 countries",
	} {
		if a := asker(t, e)(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q answered (refused=%v) %q, want %q", q, a.Refused, a.Text, want)
		}
	}
}

// TestHoldsAmount: sums and shares are amounts, in signs, codes and
// words; counts of things, years and bare numbers are not.
func TestHoldsAmount(t *testing.T) {
	e, _ := newExtractiveOn(t, "../docs")
	v, err := e.vectors()
	if err != nil {
		t.Fatal(err)
	}
	words := relatedness.New(v)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The conference cost $3 million.", true},
		{"The fund holds 500 million euros.", true},
		{"Donors pledged 12 million EUR.", true},
		{"Its budget rose by 30% this year.", true},
		{"About 40 percent of it was paid by the United Nations.", true},
		{"The compact has 23 objectives that seek to boost cooperation.", false},
		{"More than 60 million people have been forcibly displaced.", false},
		{"It won power in 2015 amid Europe’s migration crisis.", false},
		{"All 193 U.N. member states adopted a declaration.", false},
	} {
		if got := holdsAmount(c.s, words); got != c.want {
			t.Errorf("holdsAmount(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
