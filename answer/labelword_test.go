package answer

import (
	"path/filepath"
	"strings"
	"testing"
)

// coverageWithOutlets copies the coverage test pages into a temporary
// directory with the outlet names `footnote import --manifest` writes in
// their front matter, so that their labels are the outlets' initials
// ("UN" for "UN News").
func coverageWithOutlets(t *testing.T, outlets map[string]string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testCoverage, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = filepath.Base(f)
	}
	return copyPages(t, testCoverage, names, func(name string, b []byte) []byte {
		if pub, ok := outlets[strings.TrimSuffix(name, ".md")]; ok {
			return []byte(strings.Replace(string(b), "---\n", "---\npublication: \""+pub+"\"\n", 1))
		}
		return b
	})
}

// TestLabelWrittenByTheArticles: an outlet labelled "UN" (UN News) is not
// what a question writing "UN" asks about when the articles write "UN"
// themselves: the answer comes from whichever outlet answers, as it does
// when the outlets have no names. The outlet's own name, and a label no
// article writes ("LATA"), still name it.
func TestLabelWrittenByTheArticles(t *testing.T) {
	dir := coverageWithOutlets(t, map[string]string{
		"064-pagesdev-un-news-marrakech-copy": "UN News (scraped copy on *.pages.dev)",
		"072-latimes-ap-ga-endorses":          "Los Angeles Times / AP",
		"175-pbs-newshour":                    "PBS NewsHour",
	})
	e, ix := newExtractiveOn(t, dir)
	labels := map[string]string{}
	for _, a := range ix.Articles() {
		labels[a.ID] = a.Label
	}
	if labels["064-pagesdev-un-news-marrakech-copy"] != "UN" {
		t.Fatalf("UN News labelled %q, want UN", labels["064-pagesdev-un-news-marrakech-copy"])
	}
	for _, tc := range []struct{ q, doc string }{
		// Told by a UN press release, not by UN News.
		{"How long did the UN conference in Marrakech last?", "060-un-press-marrakech-concludes-copy"},
		// Told by PBS, citing the UN refugee agency.
		{"How many people had been displaced worldwide according to the UN refugee agency?", "175-pbs-newshour"},
		// Named by the outlet's own name and by a label no article writes.
		{"What did UN News say about the compact adopted in Marrakesh?", "064-pagesdev-un-news-marrakech-copy"},
		{"By what vote did the General Assembly endorse the compact, according to LATA?", "072-latimes-ap-ga-endorses"},
	} {
		ans := mustAnswer(t, e, tc.q)
		cited := false
		for _, c := range ans.Citations {
			cited = cited || c.Doc == tc.doc
		}
		if !cited {
			t.Errorf("%q: %s not cited: %s", tc.q, tc.doc, ans.Text)
		}
	}
}
