package text

import "testing"

// TestOneEdit: typos a reader makes are one edit; a letter moved further
// than its neighbour, two changes, or the same word are not.
func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"overuled", "overruled", true},
		{"decid", "decis", true},
		{"recieve", "receive", true},
		{"guterres", "guteres", true},
		{"antónio", "antonio", true},
		{"weather", "whether", false},
		{"talks", "talks", false},
		{"miller", "killer", true},
		{"haley", "hayle", false},
		{"migration", "immigration", false},
		{"abc", "", false},
	} {
		if got := OneEdit([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := OneEdit([]rune(c.b), []rune(c.a)); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
