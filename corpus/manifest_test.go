package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// manifestTSV lists three testdata pages the way the crawl's index.tsv
// does: more columns than the importer reads, one link that is no link.
const manifestTSV = "file\turl\toutlet\tdate\tlanguage\n" +
	"005-realitynews-biz-content-farm.txt\thttp://realitynews.biz/2017/12/04/trump-withdraws-us-from-un-migrant-and-refugee-compact.html\trealitynews.biz\t\ten\n" +
	"011-chinagate-xinhua-lajcak.txt\thttp://en.chinagate.cn/2017-12/04/content_50083635.htm\tChina.org.cn / Xinhua\t\ten\n" +
	"206-uol-efe-bolsonaro-pompeo.txt\tjavascript:alert(1)\tUOL / EFE\t\tpt\n"

// TestDirectoryManifestGivesLinksAndOutlets: importing a crawl's directory
// reads its index.tsv, so each scrape's article names its outlet and
// links to its page, and the URL's date dates a page that shows none.
func TestDirectoryManifestGivesLinksAndOutlets(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	for _, g := range []string{"005-realitynews-biz-content-farm", "011-chinagate-xinhua-lajcak", "206-uol-efe-bolsonaro-pompeo"} {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	if err := os.WriteFile(filepath.Join(in, ManifestName), []byte(manifestTSV), 0o644); err != nil {
		t.Fatal(err)
	}
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	lines := outcomeLines(outs)
	if !strings.Contains(lines, "index.tsv: manifest: links and outlets of 3 pages") {
		t.Errorf("the manifest has no line of its own:\n%s", lines)
	}
	for _, o := range outs {
		if o.Status == Skipped || o.Status == Failed {
			t.Errorf("not imported: %s", o)
		}
	}
	arts, errs, err := LoadDir(docs)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	got := map[string][2]string{}
	for _, a := range arts {
		got[a.ID] = [2]string{a.Publication, a.URL}
	}
	want := map[string][2]string{
		"005-realitynews-biz-content-farm": {"realitynews.biz", "http://realitynews.biz/2017/12/04/trump-withdraws-us-from-un-migrant-and-refugee-compact.html"},
		"011-chinagate-xinhua-lajcak":      {"China.org.cn / Xinhua", "http://en.chinagate.cn/2017-12/04/content_50083635.htm"},
		"206-uol-efe-bolsonaro-pompeo":     {"UOL / EFE", ""}, // a javascript: link is never kept
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: outlet and link %q, want %q", id, got[id], w)
		}
	}
	for _, a := range arts {
		if a.ID == "005-realitynews-biz-content-farm" && a.Published.Format("2006-01-02") != "2017-12-04" {
			t.Errorf("005 dated %v, want 2017-12-04 from its link", a.Published)
		}
	}
}

// TestManifestGivenBeatsDirectorys: a manifest the user names wins over a
// directory's own, page by page; pages it does not list keep the
// directory's.
func TestManifestGivenBeatsDirectorys(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	for _, g := range []string{"011-chinagate-xinhua-lajcak", "206-uol-efe-bolsonaro-pompeo"} {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	os.WriteFile(filepath.Join(in, ManifestName), []byte(manifestTSV), 0o644)
	given, err := parseManifest([]byte("outlet\tfile\nXinhua\t011-chinagate-xinhua-lajcak.txt\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&Importer{Dir: docs, Manifest: given}).Import(context.Background(), []string{in}); err != nil {
		t.Fatal(err)
	}
	arts, _, _ := LoadDir(docs)
	for _, a := range arts {
		want := map[string]string{"011-chinagate-xinhua-lajcak": "Xinhua", "206-uol-efe-bolsonaro-pompeo": "UOL / EFE"}[a.ID]
		if a.Publication != want {
			t.Errorf("%s: outlet %q, want %q", a.ID, a.Publication, want)
		}
	}
}

// TestBadManifestLosesNoPage: a manifest that is not one is named with
// the reason, and every page of its directory is still imported.
func TestBadManifestLosesNoPage(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	copyFile(t, "testdata/coverage/011-chinagate-xinhua-lajcak.txt", filepath.Join(in, "011.txt"))
	os.WriteFile(filepath.Join(in, ManifestName), []byte("name,link\na.txt,http://x\n"), 0o644)
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	lines := outcomeLines(outs)
	if !strings.Contains(lines, "index.tsv: error: manifest") || !strings.Contains(lines, `must name a "file" column`) {
		t.Errorf("a bad manifest is not named with its reason:\n%s", lines)
	}
	if !strings.Contains(lines, "011.txt: wrote 011") {
		t.Errorf("the page beside a bad manifest was not imported:\n%s", lines)
	}
}

func TestParseManifest(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Manifest
		err  bool
	}{
		{in: "file\turl\na.txt\thttps://example.org/a\n", want: Manifest{"a.txt": {URL: "https://example.org/a"}}},
		{in: "\ufeffFile\tOutlet\ndir/b.html\tThe Paper\n", want: Manifest{"b.html": {Outlet: "The Paper"}}},
		{in: "file\turl\nc.txt\tftp://example.org/c\n", want: Manifest{"c.txt": {}}},
		{in: "file\turl\nshort\n", want: Manifest{"short": {}}},
		{in: "", err: true},
		{in: "file\tdate\na.txt\t2017\n", err: true},
		{in: "url\toutlet\nhttp://x\tX\n", err: true},
	} {
		got, err := parseManifest([]byte(tc.in))
		if (err != nil) != tc.err {
			t.Errorf("%q: error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("%q: %s is %+v, want %+v", tc.in, k, got[k], v)
			}
		}
	}
}
