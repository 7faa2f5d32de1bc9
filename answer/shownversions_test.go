package answer

import (
	"slices"
	"strings"
	"testing"
)

// testCoverageVersions holds the pages of testCoverageDays and two more
// whose sentences give other times near the question's words (UN News's
// Marrakech story, RT's Poland story): more versions of the day the US
// told the UN than an answer shows.
const testCoverageVersions = "../testdata/coverage-versions"

// TestShownVersionsByOutlets: of more versions than an answer shows, the
// one two outlets give (Xinhua's and Foreign Policy's Saturday) is shown
// right after the chosen answer's, before a time one outlet gives near
// the question's words in a story of another event (UN News's Marrakech
// story of 10 December 2018). Before, the versions were kept as they came
// and UN News's took the second place.
func TestShownVersionsByOutlets(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverageVersions)
	q := "The US mission notified the UN chief of its exit from the migration compact talks on which day?"
	ans := mustAnswer(t, e, q)
	if !strings.HasPrefix(ans.Text, "Sources differ.") {
		t.Fatalf("no versions shown: %s", ans.Text)
	}
	sat := strings.Index(ans.Text, "on Saturday [")
	un := strings.Index(ans.Text, "UN News")
	if sat < 0 {
		t.Fatalf("the Saturday of Xinhua and Foreign Policy not shown: %s", ans.Text)
	}
	if un >= 0 && un < sat {
		t.Errorf("UN News's one-outlet version shown before the Saturday two outlets give: %s", ans.Text)
	}
	cited := citedDocs(ans)
	for _, d := range []string{"011-chinagate-xinhua-lajcak", "150-foreignpolicy-trump-boycotts"} {
		if !cited[d] {
			t.Errorf("%s not cited for the Saturday: %s", d, ans.Text)
		}
	}
}

// TestShownVersionsOrder: the versions an answer shows are the chosen
// answer's, then those told by more outlets, for a time those that name a
// day before vaguer ones, then those whose quoted sentence says more of
// the question; whatever order the outlets' pages came in.
func TestShownVersionsOrder(t *testing.T) {
	v := func(value string, own float64, docs ...string) answerVersion {
		return answerVersion{value: value, docs: docs, own: own}
	}
	values := func(vs []answerVersion) []string {
		var out []string
		for _, x := range vs {
			out = append(out, x.value)
		}
		return out
	}
	for _, c := range []struct {
		name  string
		in    []answerVersion
		timed bool
		want  []string
	}{
		{"two outlets before one", []answerVersion{
			v("today", 0.56, "157-libertyonenews-breitbart-afp"),
			v("10 dec monday", 0.39, "064-pagesdev-un-news-marrakech-copy"),
			v("weekend", 0.50, "005-realitynews-biz-content-farm"),
			v("saturday", 0.57, "011-chinagate-xinhua-lajcak", "150-foreignpolicy-trump-boycotts"),
		}, true, []string{"today", "saturday", "10 dec monday"}},
		{"a named day before a vague time", []answerVersion{
			v("friday", 0.63, "152-cfr-mirror-nationalist-colors"),
			v("weekend", 0.50, "005-realitynews-biz-content-farm"),
			v("last year", 0.45, "113-rt-newsline-poland"),
			v("3 dec sunday", 0.40, "134-reliefweb-irin-ardittis"),
		}, true, []string{"friday", "3 dec sunday", "weekend"}},
		{"a count: the sentence saying more of the question", []answerVersion{
			v("164", 0.64, "064-pagesdev-un-news-marrakech-copy"),
			v("193", 0.30, "113-rt-newsline-poland"),
			v("152", 0.45, "069-agroim-ap-ga-endorses"),
			v("150", 0.50, "223-stern-video-merkel"),
		}, false, []string{"164", "150", "152"}},
		{"no more than shown: kept as they came", []answerVersion{
			v("tuesday", 0.89, "108-seattletimes-ap-poland"),
			v("friday december", 0.50, "110-digitaljournal-afp-poland"),
		}, true, []string{"tuesday", "friday december"}},
	} {
		if got := values(shownVersions(c.in, c.timed)); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
