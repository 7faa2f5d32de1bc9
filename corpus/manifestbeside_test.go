package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManifestBesideDirectory: a crawl stored as a folder of pages with
// its index.tsv next to the folder (raw/ and index.tsv) is imported by
// naming the folder: the manifest beside it gives each page its outlet,
// its link and the link's date, as a manifest inside the folder does.
func TestManifestBesideDirectory(t *testing.T) {
	in, docs := crawlWithManifestBeside(t, "raw", manifestTSV)
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if lines := outcomeLines(outs); !strings.Contains(lines, "index.tsv: manifest: links and outlets of 3 pages") {
		t.Errorf("the manifest beside the folder was not read:\n%s", lines)
	}
	arts, errs, err := LoadDir(docs)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	outlets := map[string]string{}
	for _, a := range arts {
		outlets[a.ID] = a.Publication
		if a.ID == "005-realitynews-biz-content-farm" && a.Published.Format("2006-01-02") != "2017-12-04" {
			t.Errorf("005 dated %v, want 2017-12-04 from its link in the manifest beside the folder", a.Published)
		}
	}
	if outlets["011-chinagate-xinhua-lajcak"] != "China.org.cn / Xinhua" || outlets["206-uol-efe-bolsonaro-pompeo"] != "UOL / EFE" {
		t.Errorf("outlets %q, want the manifest's", outlets)
	}
}

// TestManifestBesideOfAnotherCrawl: a manifest in the parent folder that
// lists few of the folder's pages is another crawl's, and is not read.
func TestManifestBesideOfAnotherCrawl(t *testing.T) {
	other := "file\turl\toutlet\n005-realitynews-biz-content-farm.txt\thttp://example.org/2019/01/01/x\tExample\nzzz.txt\thttp://example.org/a\tOther\n"
	in, docs := crawlWithManifestBeside(t, "pages", other)
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if lines := outcomeLines(outs); strings.Contains(lines, "manifest") {
		t.Errorf("another crawl's manifest was read:\n%s", lines)
	}
	arts, _, err := LoadDir(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Publication == "Example" || a.Published.Format("2006-01-02") == "2019-01-01" {
			t.Errorf("%s took another crawl's record: %q %v", a.ID, a.Publication, a.Published)
		}
	}
}

// crawlWithManifestBeside lays out a crawl of three testdata pages in
// folder, with manifest written beside it, and returns the folder and an
// empty docs directory.
func crawlWithManifestBeside(t *testing.T, folder, manifest string) (in, docs string) {
	t.Helper()
	crawl := t.TempDir()
	in, docs = filepath.Join(crawl, folder), t.TempDir()
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"005-realitynews-biz-content-farm", "011-chinagate-xinhua-lajcak", "206-uol-efe-bolsonaro-pompeo"} {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	if err := os.WriteFile(filepath.Join(crawl, ManifestName), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	return in, docs
}
