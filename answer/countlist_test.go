package answer

import (
	"strings"
	"testing"
)

// TestCountAnsweredByNames: a "how many" question counting a class of
// names (officials, countries) is answered by the sentence that names them
// one by one, with no number, instead of refused; counts the articles do
// not give stay refused.
func TestCountAnsweredByNames(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, _ := newExtractiveOn(t, dir)
		if a := asker(t, e)("how many officials backed a pullout"); a.Refused || !strings.Contains(a.Text, "Kelly") || !strings.Contains(a.Text, "Sessions") {
			t.Errorf("%s: officials answered (refused=%v) %q, want Kelly and Sessions", dir, a.Refused, a.Text)
		}
		for _, q := range []string{"how many officials attended the principals meeting", "how many ministers resigned over the pact"} {
			if a := asker(t, e)(q); !a.Refused {
				t.Errorf("%s: %q answered %q", dir, q, a.Text)
			}
		}
	}
	e, _ := newExtractiveOn(t, testArticles)
	for q, want := range map[string]string{
		"how many nations has poland joined in rejecting the pact": "Austria",
		"how many countries have withdrawn from the compact":       "Hungary withdrew",
	} {
		if a := asker(t, e)(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q answered (refused=%v) %q, want %q", q, a.Refused, a.Text, want)
		}
	}
}

// TestListsNames: two names joined by "and" list things; one name, or
// names the question gives, do not.
func TestListsNames(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"It joins countries including Hungary, Austria and the United States in rejecting it.", true},
		{"White House Chief of Staff John Kelly, who previously led the department, and Attorney General Jeff Sessions strongly backed a pullout.", true},
		{"Reservations are expressed in other countries, too, including Bulgaria and the Czech Republic.", true},
		{"She was ultimately overruled by the president, according to diplomatic sources.", false},
		{"The meeting ended in deadlock, with Nikki Haley expressing the lone dissent.", false},
	} {
		if got := listsNames(c.s, nil); got != c.want {
			t.Errorf("listsNames(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if listsNames("Reservations are expressed in other countries, too, including Bulgaria and the Czech Republic.", map[string]bool{"bulgaria": true}) {
		t.Error("a name the question gives counted in the list")
	}
	for q, want := range map[string]kind{
		"how many top officials strongly backed the pullout": kindPerson,
		"how many countries does poland join":                kindPlace,
		"how many people were displaced":                     kindAny,
		"how many objectives does the compact have":          kindAny,
	} {
		if got := countedClass(q); got != want {
			t.Errorf("countedClass(%q) = %v, want %v", q, got, want)
		}
	}
}
