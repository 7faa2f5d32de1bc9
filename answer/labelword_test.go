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

// withUNOutlets writes the three test articles with two UN outlets: "UN
// News", whose source label is its initials "UN", and a UN press release
// whose headline writes "UN" as the organisation.
func withUNOutlets(t *testing.T) string {
	t.Helper()
	return withTestArticles(t, map[string]string{
		"un-news-marrakech.md": "---\ntitle: \"Global Compact for Migration adopted in Marrakech\"\npublication: \"UN News\"\npublished: \"2018-12-10\"\n---\n\n" +
			"The Global Compact for Migration was adopted on Monday by representatives of 164 Governments in Marrakech.\n\n" +
			"The UN chief said that there had been many falsehoods about the agreement and the overall issue of migration.\n",
		"un-press-stocktaking.md": "---\ntitle: \"UN conference launches stocktaking phase of the migration compact\"\npublication: \"UN press release\"\npublished: \"2017-12-04\"\n---\n\n" +
			"The three-day preparatory stocktaking meeting of the intergovernmental conference began today in Puerto Vallarta, Mexico.\n",
	})
}

// TestUNIsNoOutletLabel: "UN News" is labelled "UN", and a question naming
// the UN was answered only from that outlet's article, so questions that
// the Foreign Policy, Reuters and AP articles answer were refused. The
// label names what the other outlets' headlines mean by it; a question
// naming the outlet by its name, or the label beside a paragraph, still
// gets that article.
func TestUNIsNoOutletLabel(t *testing.T) {
	e, ix := newExtractiveOn(t, withUNOutlets(t))
	labels := map[string]string{}
	for _, a := range ix.Articles() {
		labels[a.ID] = a.Label
	}
	if labels["un-news-marrakech"] != "UN" {
		t.Fatalf("UN News is labelled %q, want UN: the test no longer shows the case", labels["un-news-marrakech"])
	}
	for _, tt := range []struct{ q, doc, want string }{
		{"On what day did the US mission tell the UN it was ending its participation?", "trump-boycotts-un-migration-talks", "Saturday"},
		{"Who said Hungary would quit the UN migration pact?", "078-reuters-in-hungary-quit", "Szijjarto"},
		{"Which countries did Poland join in rejecting the UN compact?", "108-seattletimes-ap-poland", "Hungary"},
	} {
		ans := mustAnswer(t, e, tt.q)
		if ans.Refused || !citedDocs(ans)[tt.doc] || !strings.Contains(ans.Text, tt.want) {
			t.Errorf("%q: want %q from %s, got: %s", tt.q, tt.want, tt.doc, ans.Text)
		}
	}
	for _, q := range []string{"What does UN ¶2 say?", "What did UN News say about falsehoods?"} {
		if ans := mustAnswer(t, e, q); !citedDocs(ans)["un-news-marrakech"] {
			t.Errorf("%q: not answered from UN News: %s", q, ans.Text)
		}
	}
}
