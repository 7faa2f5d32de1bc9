package answer

import (
	"strings"
	"testing"
)

// TestCountPredicated: a count whose noun is predicated of it ("Of them,
// about 22.5 million are refugees") is a count of the noun. Over the
// coverage pages, the refugees asked for are answered with PBS's 22.5
// million (before: its 65.6 million displaced people, no count of
// refugees); over two outlets that give two counts this way and the
// ordinary way, both are shown as versions, each cited.
func TestCountPredicated(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ans := mustAnswer(t, e, "how many refugees r there worldwide according to the news about the pact")
	if !strings.Contains(ans.Text, "22.5 million are refugees") {
		t.Errorf("PBS's 22.5 million refugees not answered: %s", ans.Text)
	}
	dir := writeLangArticles(t, map[string][3]string{
		"wire":   {"en", "2018-06-19", "Some 68 million people have been forced from their homes worldwide. Of them, about 25 million are refugees around the world, the agency said."},
		"herald": {"en", "2018-06-20", "The agency said the world now has 20 million refugees fleeing war and persecution."},
	})
	e, _ = newExtractiveOn(t, dir)
	ans = mustAnswer(t, e, "How many refugees are there in the world?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "25 million") || !strings.Contains(ans.Text, "20 million") {
		t.Errorf("25 and 20 million refugees not shown as two versions: %s", ans.Text)
	}
	if cited := citedDocs(ans); !cited["wire"] || !cited["herald"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
}
