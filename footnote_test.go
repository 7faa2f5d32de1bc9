package footnote

import (
	"testing"
	"time"
)

func TestArticleSource(t *testing.T) {
	d := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		a    Article
		want string
	}{
		{Article{Publication: "Foreign Policy", Published: d}, "Foreign Policy, December 2, 2017"},
		{Article{Publication: "Foreign Policy"}, "Foreign Policy"},
		{Article{Published: d}, "December 2, 2017"},
		{Article{}, ""},
	} {
		if got := tt.a.Source(); got != tt.want {
			t.Errorf("Source() = %q, want %q", got, tt.want)
		}
	}
}
