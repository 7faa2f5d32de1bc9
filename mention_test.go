package footnote

import (
	"strings"
	"testing"
)

func TestDefuse(t *testing.T) {
	tests := []struct {
		in      string
		mustNot []string
	}{
		{"@everyone HACKED", []string{"@everyone"}},
		{"hi @HERE and @Everyone", []string{"@here", "@everyone", "@HERE", "@Everyone"}},
		{"ping <@123> <@!456> <@&789>", []string{"<@123>", "<@!456>", "<@&789>"}},
		{"no mention at all", nil},
	}
	for _, tt := range tests {
		got := Defuse(tt.in)
		for _, bad := range tt.mustNot {
			if strings.Contains(got, bad) {
				t.Errorf("Defuse(%q) = %q, still contains %q", tt.in, got, bad)
			}
		}
		// The visible text is kept: only zero-width spaces are added.
		if strings.ReplaceAll(got, zwsp, "") != tt.in {
			t.Errorf("Defuse(%q) = %q, changed the visible text", tt.in, got)
		}
	}
}
