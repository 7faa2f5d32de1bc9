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
		for _, q := range []string{"how many officials attended the principals meeting", "how many ministers resigned over the pact", "how many countries found the declaration inconsistent with their policies"} {
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

// TestListsNames: two names of the class counted, joined by "and", list
// things; one name, names of another class, a one-word name of a person or
// names the question gives do not.
func TestListsNames(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	for _, c := range []struct {
		s    string
		k    kind
		want bool
	}{
		{"It joins countries including Hungary, Austria and the United States in rejecting it.", kindPlace, true},
		{"White House Chief of Staff John Kelly, who previously led the department, and Attorney General Jeff Sessions strongly backed a pullout.", kindPerson, true},
		{"Hungary withdrew in July and Austria in October.", kindPlace, true},
		{"White House Chief of Staff John Kelly and Attorney General Jeff Sessions strongly backed a pullout.", kindPlace, false},
		{"The declaration contained provisions inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles.", kindPerson, false},
		{"The declaration contained provisions inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles.", kindPlace, false},
		{"She was ultimately overruled by the president, according to diplomatic sources.", kindPerson, false},
		{"The meeting ended in deadlock, with Nikki Haley expressing the lone dissent.", kindPerson, false},
	} {
		if got := e.listsNames(c.s, c.k, nil); got != c.want {
			t.Errorf("listsNames(%q, %v) = %v, want %v", c.s, c.k, got, c.want)
		}
	}
	if e.listsNames("Hungary withdrew in July and Austria in October.", kindPlace, map[string]bool{"hungary": true}) {
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
