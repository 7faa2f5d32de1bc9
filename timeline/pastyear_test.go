package timeline

import "testing"

func TestLastYear(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"last", "year", true},
		{"année", "dernière", true},
		{"año", "pasado", true},
		{"vergangenen", "Jahr", true},
		{"anno", "scorso", true},
		{"ano", "passado", true},
		{"next", "year", false},     // ahead, not back
		{"last", "week", false},     // a week, not a year
		{"last", "December", false}, // a month: its year is the report's or the one before
		{"year", "week", false},
	} {
		if got := LastYear(c.a, c.b); got != c.want {
			t.Errorf("LastYear(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
