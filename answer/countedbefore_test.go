package answer

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestCountedBefore: a count dated by the year before its report, told
// relative to it in any of the coverage's languages ("last year", "l'année
// dernière", "el año pasado"), or by a written earlier year, is of another
// event; a count of the report's own time, or one beside "next year", is
// not.
func TestCountedBefore(t *testing.T) {
	for _, c := range []struct {
		s, num string
		year   int
		want   bool
	}{
		{"Ce pacte a été adopté l’année dernière par 193 pays membres de l’ONU.", "193", 0, true},
		{"El pacto fue aprobado el año pasado por 193 países.", "193", 0, true},
		{"Last year, 193 member states adopted a declaration.", "193", 0, true},
		{"In September 2016, all 193 member states adopted a declaration.", "193", 2018, true},
		{"In September 2016, all 193 member states adopted a declaration.", "193", 0, false}, // report's year unknown
		{"The compact was adopted by 164 countries in Marrakech on Monday.", "164", 2018, false},
		{"The compact, adopted by 164 countries, is subject to another vote next year.", "164", 0, false},
	} {
		toks := text.Tokens(c.s)
		i := -1
		for j, tk := range toks {
			if tk.Text == c.num {
				i = j
			}
		}
		if got := countedBefore(c.s, toks, i, c.year); got != c.want {
			t.Errorf("countedBefore(%q, %s, %d) = %v, want %v", c.s, c.num, c.year, got, c.want)
		}
	}
	// An outlet in another language than the question's gives no version
	// of a count by a number of the year before its report.
	if got := foreignCount("Le pacte a été adopté l'année dernière par 193 pays.", nil, "164", "adopted by 164 Governments", 0); got != "" {
		t.Errorf("foreignCount of last year's 193 = %q, want none", got)
	}
	if got := foreignCount("In Marrakesch haben sich mehr als 150 Staaten zum Pakt bekannt.", nil, "164", "adopted by 164 Governments", 2018); got != "150" {
		t.Errorf("foreignCount of 150 states = %q, want 150", got)
	}
}
