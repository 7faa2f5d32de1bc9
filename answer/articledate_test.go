package answer

import (
	"strings"
	"testing"
)

// "written" asks for the byline, which holds no date; asked "when", the
// dateline of the same header answers. A "how many" question about the
// news gets no number from a header.
func TestArticleDateWhenWritten(t *testing.T) {
	for _, c := range []struct {
		dir, q, want string
	}{
		{"../docs", "when was this written", "December 2, 2017"},
		{"../docs", "when was the piece written", "December 2, 2017"},
		{testArticles, "when was the story on hungary written", "July 18, 2018"},
		{testArticles, "when was the piece about poland written", "November 20, 2018"},
	} {
		e, _ := newExtractiveOn(t, c.dir)
		if a := asker(t, e)(c.q); a.Refused || !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: %q (refused %v), want the dateline's %q", c.q, a.Text, a.Refused, c.want)
		}
	}
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		for _, q := range []string{"how many countries showed up in puerto vallarta", "how much did the puerto vallarta conference cost"} {
			if a := asker(t, e)(q); !a.Refused {
				t.Errorf("%s (%s): answered %q, want a refusal", q, dir, a.Text)
			}
		}
	}
}
