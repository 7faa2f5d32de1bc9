package corpus

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func outcomeLines(outs []Outcome) string {
	var b strings.Builder
	for _, o := range outs {
		b.WriteString(o.String() + "\n")
	}
	return b.String()
}

// TestImportDirectoryKeepsGoingPastBadInputs: a directory of good and bad
// pages gives one line per page; the bad ones are named with their reason
// and every good one is written.
func TestImportDirectoryKeepsGoingPastBadInputs(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	good := []string{"011-chinagate-xinhua-lajcak", "189-chicago666-forum-zh", "206-uol-efe-bolsonaro-pompeo"}
	for _, g := range good {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	copyFile(t, "testdata/html/wikimediafoundation.org.turkey.html", filepath.Join(in, "wikimedia.html"))
	os.WriteFile(filepath.Join(in, "binary.txt"), []byte{0x89, 'P', 'N', 'G', 0, 1, 2}, 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "menu.txt"), []byte("Home\nNews\nSport\nWeather\n"), 0o644)
	os.WriteFile(filepath.Join(in, "broken.html"), []byte("<html><body><div><p>"), 0o644)
	os.WriteFile(filepath.Join(in, "photo.jpg"), []byte{0xff, 0xd8}, 0o644)

	im := &Importer{Dir: docs}
	outs, err := im.Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	lines := outcomeLines(outs)
	if len(outs) != 9 {
		t.Fatalf("%d outcomes, want one per file:\n%s", len(outs), lines)
	}
	for name, want := range map[string]string{
		"binary.txt":  "error: cannot import: contains a NUL byte",
		"empty.txt":   "error: cannot import: empty",
		"menu.txt":    "error: cannot import: no body paragraphs",
		"broken.html": "error: cannot import",
		"photo.jpg":   "skipped: not a .txt or .html page",
	} {
		if !strings.Contains(lines, filepath.Join(in, name)+": "+want) {
			t.Errorf("no line %q for %s in:\n%s", want, name, lines)
		}
	}
	for _, id := range append(good, "wikimedia") {
		if !strings.Contains(lines, "wrote "+id+":") {
			t.Errorf("%s not written:\n%s", id, lines)
		}
	}
	arts, errs, err := LoadDir(docs)
	if err != nil || len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("docs hold %d articles, errors %v %v; want the 4 good pages", len(arts), errs, err)
	}
	entries, _ := os.ReadDir(docs)
	if len(entries) != 4 {
		t.Errorf("docs/ holds %d entries: leftovers of failed imports?", len(entries))
	}
}

// TestReimportIsANoOpAndForceReplaces: importing the same bytes again
// changes nothing; other bytes under the same name need --force.
func TestReimportIsANoOpAndForceReplaces(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	page := filepath.Join(in, "011-chinagate-xinhua-lajcak.txt")
	copyFile(t, "testdata/coverage/011-chinagate-xinhua-lajcak.txt", page)
	dst := filepath.Join(docs, "011-chinagate-xinhua-lajcak.md")
	if outs, _ := (&Importer{Dir: docs}).Import(context.Background(), []string{page}); outs[0].Status != Written {
		t.Fatalf("first import: %s", outs[0])
	}
	first, _ := os.ReadFile(dst)
	outs, _ := (&Importer{Dir: docs}).Import(context.Background(), []string{page})
	if outs[0].Status != Unchanged || !strings.Contains(outs[0].String(), "unchanged") {
		t.Errorf("second import: %s, want unchanged", outs[0])
	}
	if again, _ := os.ReadFile(dst); !bytes.Equal(again, first) {
		t.Error("re-import rewrote the article")
	}
	copyFile(t, "testdata/coverage/206-uol-efe-bolsonaro-pompeo.txt", page) // other bytes, same name
	outs, _ = (&Importer{Dir: docs}).Import(context.Background(), []string{page})
	if outs[0].Status != Skipped || !strings.Contains(outs[0].String(), "--force") {
		t.Errorf("other bytes without --force: %s, want a refusal naming --force", outs[0])
	}
	if again, _ := os.ReadFile(dst); !bytes.Equal(again, first) {
		t.Error("refused import changed the article")
	}
	outs, _ = (&Importer{Dir: docs, Force: true}).Import(context.Background(), []string{page})
	if outs[0].Status != Written {
		t.Fatalf("with --force: %s", outs[0])
	}
	if again, _ := os.ReadFile(dst); !strings.Contains(string(again), "Bolsonaro") {
		t.Error("--force did not replace the article")
	}
}

// TestWireCopyIsKeptOnce: the same story at another site, with its own
// chrome around it, is recorded in the first article's front matter
// instead of becoming a second article; a different story is not.
func TestWireCopyIsKeptOnce(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	orig, err := os.ReadFile("testdata/coverage/011-chinagate-xinhua-lajcak.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := string(orig)[strings.Index(string(orig), "UNITED NATIONS"):]
	copyText := "Home | World | Business\nSubscribe to our newsletter\n" + body + "\nShare this article\n"
	os.WriteFile(filepath.Join(in, "a-original.txt"), orig, 0o644)
	os.WriteFile(filepath.Join(in, "b-copy.txt"), []byte(copyText), 0o644)
	copyFile(t, "testdata/coverage/206-uol-efe-bolsonaro-pompeo.txt", filepath.Join(in, "c-other.txt"))
	outs, _ := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	lines := outcomeLines(outs)
	if !strings.Contains(lines, "b-copy.txt: duplicate of a-original") || !strings.Contains(lines, "wrote c-other") {
		t.Fatalf("outcomes:\n%s", lines)
	}
	if _, err := os.Stat(filepath.Join(docs, "b-copy.md")); err == nil {
		t.Error("the copy was written as an article of its own")
	}
	md, _ := os.ReadFile(filepath.Join(docs, "a-original.md"))
	if strings.Count(string(md), "id: \"b-copy\"") != 1 {
		t.Errorf("the original does not list the copy once:\n%s", md)
	}
	// Again: still one listing, nothing else written.
	outs, _ = (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	md2, _ := os.ReadFile(filepath.Join(docs, "a-original.md"))
	if !bytes.Equal(md, md2) {
		t.Errorf("re-import changed the original:\n%s", outcomeLines(outs))
	}
	if _, errs, err := LoadDir(docs); err != nil || len(errs) > 0 {
		t.Errorf("docs do not load: %v %v", err, errs)
	}
}

func TestImportURL(t *testing.T) {
	page, err := os.ReadFile("testdata/html/wikimediafoundation.org.turkey.html")
	if err != nil {
		t.Fatal(err)
	}
	scrape, err := os.ReadFile("testdata/coverage/206-uol-efe-bolsonaro-pompeo.txt")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".txt") {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(scrape)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	u := srv.URL + "/news/2020/01/15/access-restored/"
	docs := t.TempDir()
	outs, _ := (&Importer{Dir: docs, Fetch: NewURLFetcher(false)}).Import(context.Background(), []string{u})
	if outs[0].Status != Failed || !strings.Contains(outs[0].String(), "refusing to connect") {
		t.Fatalf("local URL by default: %s, want a refusal", outs[0])
	}
	outs, _ = (&Importer{Dir: docs, Fetch: NewURLFetcher(true)}).Import(context.Background(), []string{u})
	if outs[0].Status != Written {
		t.Fatalf("local URL allowed: %s", outs[0])
	}
	d := outs[0].Draft
	if d.URL != u || d.Published != "2020-01-15" || len(d.Paragraphs) < 4 {
		t.Errorf("url=%q published=%q paragraphs=%d", d.URL, d.Published, len(d.Paragraphs))
	}
	if !strings.HasSuffix(outs[0].ID, "news-2020-01-15-access-restored") {
		t.Errorf("ID %q is not a slug of the URL's path", outs[0].ID)
	}
	if _, err := os.Stat(filepath.Join(docs, outs[0].ID+".md")); err != nil {
		t.Error(err)
	}
	// A plain-text page goes through the scrape cleaner.
	outs, _ = (&Importer{Dir: docs, Fetch: NewURLFetcher(true)}).Import(context.Background(), []string{srv.URL + "/2019/01/02/bolsonaro.txt"})
	if outs[0].Status != Written || outs[0].Draft.Title != "Bolsonaro confirma aos EUA que Brasil sairá do pacto migratório da ONU" || outs[0].Draft.Language != "pt" {
		t.Errorf("text URL: %s", outs[0])
	}
}

func TestURLSlugsAreUnique(t *testing.T) {
	im := &Importer{Dir: t.TempDir()}
	if err := im.load(); err != nil {
		t.Fatal(err)
	}
	a, b := "https://one.example/2018/story", "https://two.example/2018/story"
	if got := urlSlug(a); got != "one-example-2018-story" {
		t.Errorf("urlSlug(%q) = %q", a, got)
	}
	im.ids["one-example-2018-story"], im.urls["one-example-2018-story"] = true, a
	im.ids["x-story"], im.urls["x-story"] = true, "https://x/story?page=1"
	if got := im.uniqueSlug(a); got != "one-example-2018-story" {
		t.Errorf("the same URL got a new ID %q", got)
	}
	if got := im.uniqueSlug("https://x/story"); got != "x-story-2" {
		t.Errorf("another URL with a taken slug got %q, want x-story-2", got)
	}
	if got := im.uniqueSlug(b); got != "two-example-2018-story" {
		t.Errorf("uniqueSlug(%q) = %q", b, got)
	}
}

// TestCrawlDateCheckedAgainstOtherArticles: a crawler's full-day date on a
// page whose text names no year is believed when the other pages of the
// import show dates near it, and refused when it lies years away from all
// of them; the order of the pages does not matter.
func TestCrawlDateCheckedAgainstOtherArticles(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	// Sorted first, so read before the dated pages.
	os.WriteFile(filepath.Join(in, "000-near.txt"), []byte(" date 2017-12-20 The minister said on Wednesday that the country would leave the pact before its final approval, adding that it ran against the nation's security interests.\nOfficials in the capital declined to say when the decision had been taken or by whom, and the opposition called for a vote."), 0o644)
	os.WriteFile(filepath.Join(in, "001-far.txt"), []byte(" date 2007-08-20 ...\n\nThe decision to withdraw will delight the government's political base, but will do little to improve its standing among developing countries.\nThe agency had always insisted that the agreement was never intended to be legally binding on any country that signed it."), 0o644)
	for _, g := range []string{"011-chinagate-xinhua-lajcak", "189-chicago666-forum-zh"} {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, o := range outs {
		if o.Status != Written {
			t.Fatalf("not written: %s", o)
		}
		got[o.ID] = o.Draft.Published
	}
	if got["000-near"] != "2017-12-20" {
		t.Errorf("crawler date near the others: published = %q, want 2017-12-20", got["000-near"])
	}
	if got["001-far"] != "" {
		t.Errorf("crawler date ten years off: published = %q, want none", got["001-far"])
	}
	data, err := os.ReadFile(filepath.Join(docs, "000-near.md"))
	if err != nil || !bytes.Contains(data, []byte("published: 2017-12-20\n")) {
		t.Errorf("front matter lacks the checked date (%v):\n%s", err, data)
	}
}
