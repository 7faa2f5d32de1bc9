package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestCountIn(t *testing.T) {
	for _, c := range []struct {
		q, n string
		want bool
	}{
		{"whats 2 plus 2", "2", true},
		{"what happened on december 2", "2", false},
		{"what happened on 2 Dec.", "2", false},
		{"what is the 10-11 meeting", "10", false},
		{"what happens on 10-11 december", "10", false},
		{"what are the 23 objectives", "23", true},
		{"how many of the 193 states", "193", false}, // no day
		{"what is 2 + 2", "2", true},
		{"what happened on 12/2", "2", false},
	} {
		if got := countIn(c.q, c.n); got != c.want {
			t.Errorf("countIn(%q, %q) = %v, want %v", c.q, c.n, got, c.want)
		}
	}
	toks := text.Tokens("It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, on December 2, 2017.")
	for i, tok := range toks {
		want := tok.Text == "10" || tok.Text == "11" || tok.Text == "2"
		if got := writtenAsDay(toks, i); got != want {
			t.Errorf("writtenAsDay(%q) = %v, want %v", tok.Text, got, want)
		}
	}
}

// A sum's "2" is not the day of "December 2, 2017" in the header: the
// question is refused on the article alone and on the three articles. A
// question's own day, and a count the articles give, are answered as
// before.
func TestDayIsNoCount(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		for _, q := range []string{"whats 2 plus 2", "what is 2 + 2"} {
			if a := asker(t, e)(q); !a.Refused {
				t.Errorf("%s (%s): answered %q, want a refusal", q, dir, a.Text)
			}
		}
	}
	e, _ := newExtractiveOn(t, "../docs")
	if a := asker(t, e)("what happened on december 2"); a.Refused || !strings.Contains(a.Text, "December 2, 2017") {
		t.Errorf("december 2: %q (refused %v), want the dateline", a.Text, a.Refused)
	}
	e, _ = newExtractiveOn(t, testArticles)
	ask := asker(t, e)
	for q, want := range map[string]string{
		"how many objectives does the compact have": "23 objectives",
		"what happens on 10-11 december":            "10-11",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%s: %q (refused %v), want %q", q, a.Text, a.Refused, want)
		}
	}
}
