package answer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withTestArticles writes the three test articles and the given ones (file
// name to Markdown) into a new directory.
func withTestArticles(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := copyPages(t, testArticles, []string{"trump-boycotts-un-migration-talks.md", "078-reuters-in-hungary-quit.md", "108-seattletimes-ap-poland.md"}, nil)
	for name, body := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// copyPages copies the named files of src into a new directory, each
// through edit when it is not nil, and returns the directory.
func copyPages(t *testing.T, src string, names []string, edit func(name string, b []byte) []byte) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			b = edit(name, b)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestWhenAnsweredByOpeningTime: over the three test articles and two
// reports of a declaration, "when was it adopted" is answered by the
// sentence whose opening phrase dates the adoption, not by the one whose
// year, next to "the adoption of" something else, is better ranked.
func TestWhenAnsweredByOpeningTime(t *testing.T) {
	dir := withTestArticles(t, map[string]string{
		"harbour-commitments.md": "---\ntitle: \"Harbour Declaration commitments\"\npublished: 2018-11-02\nlanguage: \"en\"\n---\n\n" +
			"By adopting the Harbour Declaration for Fishers and Sailors, member states made commitments including: to start talks leading to a conference and the adoption of a compact on ports in 2018.\n",
		"harbour-summit.md": "---\ntitle: \"A summit on fishers and sailors\"\npublished: 2018-11-03\nlanguage: \"en\"\n---\n\n" +
			"The summit drew many leaders to the coast, and the talks went on late into the night before the vote on the text.\n\n" +
			"In September 2016, the 193 members of the UN General Assembly unanimously adopted a political declaration called the Harbour Declaration for Fishers and Sailors.\n",
	})
	e, _ := newExtractiveOn(t, dir)
	a := asker(t, e)("When was the Harbour Declaration for Fishers and Sailors adopted?")
	if a.Refused || !strings.Contains(a.Text, "In September 2016") || strings.Contains(a.Text, "in 2018") {
		t.Errorf("answered %q (refused %v), want the September 2016 adoption", a.Text, a.Refused)
	}
}
