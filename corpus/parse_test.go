package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

func TestParseArticle(t *testing.T) {
	data, err := os.ReadFile("../docs/trump-boycotts-un-migration-talks.md")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("docs/trump.md", "trump-boycotts-un-migration-talks", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 13 {
		t.Fatalf("got %d paragraphs, want ¶0..¶12", len(a.Paragraphs))
	}
	if got := a.Paragraphs[7].Text; got != "She was ultimately overruled by the president, according to diplomatic sources." {
		t.Errorf("¶7 = %q", got)
	}
	for i, p := range a.Paragraphs {
		if p.N != i || p.Doc != a.ID {
			t.Errorf("paragraph %d numbered ¶%d of %q", i, p.N, p.Doc)
		}
	}
	h := a.Paragraphs[0].Text
	for _, want := range []string{"Trump Boycotts U.N. Migration Talks", "By Colum Lynch.", "Foreign Policy", "December 2, 2017", "https://foreignpolicy.com/2017/12/02/trump-boycotts-u-n-migration-talks/", "America First"} {
		if !strings.Contains(h, want) {
			t.Errorf("¶0 %q lacks %q", h, want)
		}
	}
	if a.Published.Format("2006-01-02") != "2017-12-02" || len(a.Hash) != 64 {
		t.Errorf("published=%v hash=%q", a.Published, a.Hash)
	}
}

func TestParseErrors(t *testing.T) {
	good := "---\ntitle: T\n---\n\nBody.\n"
	tests := []struct {
		name, doc string
		line      int
		want      string
	}{
		{"no front matter", "Just text.\n", 1, "no front matter"},
		{"unclosed front matter", "---\ntitle: T\n\nBody.\n", 1, "not closed"},
		{"bad yaml", "---\ntitle: T\ndek: [unclosed\n---\n\nBody.\n", 0, "bad YAML"},
		{"missing title", "---\ndek: D\n---\n\nBody.\n", 1, "missing title"},
		{"empty title", "---\ntitle: \"  \"\n---\n\nBody.\n", 2, "missing title"},
		{"empty body", "---\ntitle: T\n---\n\n \n", 4, "empty body"},
		{"bad date", "---\ntitle: T\npublished: last week\n---\n\nBody.\n", 3, "not a date"},
		{"bad url", "---\ntitle: T\nurl: ftp://x\n---\n\nBody.\n", 3, "http"},
		{"not utf8", "---\ntitle: T\n---\n\nBo\xffdy.\n", 5, "UTF-8"},
		{"binary", "---\ntitle: T\n---\n\nBo\x00dy.\n", 5, "NUL"},
		{"escape sequence", "---\ntitle: T\n---\n\n\x1b[2JBody.\n", 5, "U+001B"},
		{"huge", good + strings.Repeat("x", MaxDocBytes), 0, "cap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("docs/bad.md", "bad", []byte(tt.doc))
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *corpus.Error", err)
			}
			if pe.File != "docs/bad.md" || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "docs/bad.md") {
				t.Errorf("err = %q, want it to name the file and say %q", err, tt.want)
			}
			if tt.line > 0 && pe.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", pe.Line, tt.line, err)
			}
		})
	}
	if _, err := Parse("ok.md", "ok", []byte(good)); err != nil {
		t.Errorf("good doc: %v", err)
	}
}

func TestParseBadYAMLLine(t *testing.T) {
	_, err := Parse("d.md", "d", []byte("---\ntitle: T\ndek: D\nauthor: [x\n---\n\nBody.\n"))
	var pe *Error
	if !errors.As(err, &pe) || pe.Line < 2 {
		t.Fatalf("err = %v, want a line number inside the front matter", err)
	}
}

func TestLoadSkipsMalformed(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":      {Data: []byte("---\ntitle: A\n---\n\nOne.\n\nTwo.\n")},
		"b.md":      {Data: []byte("no front matter\n")},
		"c.md":      {Data: []byte("---\ntitle: C\n---\n\nThree.\n")},
		"notes.txt": {Data: []byte("ignored")},
	}
	arts, errs, err := LoadFS(fsys, "docs")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "c" || len(arts[0].Body()) != 2 {
		t.Errorf("articles = %+v", arts)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), filepath.Join("docs", "b.md")) {
		t.Errorf("errs = %v, want one naming docs/b.md", errs)
	}
}

func TestLoadRefusesOddFiles(t *testing.T) {
	dir := t.TempDir()
	good := []byte("---\ntitle: A\n---\n\nOne.\n")
	os.WriteFile(filepath.Join(dir, "a.md"), good, 0o644)
	big := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(big, append([]byte("---\ntitle: B\n---\n\n"), bytes.Repeat([]byte("x "), MaxDocBytes)...), 0o644)
	if err := os.Symlink(big, filepath.Join(dir, "big.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	arts, errs, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "a" {
		t.Errorf("articles %+v", arts)
	}
	msgs := fmt.Sprint(errs)
	if len(errs) != 2 || !strings.Contains(msgs, "big.md") || !strings.Contains(msgs, "cap") || !strings.Contains(msgs, "pipe.md") || !strings.Contains(msgs, "not a regular file") {
		t.Errorf("errs = %v", errs)
	}
}

func TestParseLanguage(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "pt-BR": "pt", "ZH_Hant": "zh", "": ""} {
		doc := "---\ntitle: T\nlanguage: " + in + "\n---\n\nBody.\n"
		a, err := Parse("x.md", "x", []byte(doc))
		if err != nil || a.Language != want {
			t.Errorf("language %q: got %q, %v; want %q", in, a.Language, err, want)
		}
	}
	_, err := Parse("x.md", "x", []byte("---\ntitle: T\nlanguage: English\n---\n\nBody.\n"))
	if err == nil || !strings.Contains(err.Error(), "x.md:3") || !strings.Contains(err.Error(), "ISO 639-1") {
		t.Errorf("bad language: err = %v, want one naming line 3 and the format", err)
	}
}

// TestParseCopies: the copies an import recorded reach the article with
// their outlet, link and date; a link that is not http(s) is dropped.
func TestParseCopies(t *testing.T) {
	doc := "---\ntitle: \"Accord endorsed\"\ncopies:\n" +
		"  - id: \"069\"\n    publication: \"agroim.com / AP\"\n    url: \"https://agroim.com/2018/12/x.html\"\n    published: \"2018-12-19\"\n" +
		"  - id: \"070\"\n    publication: \"Elsewhere\"\n    url: \"javascript:alert(1)\"\n" +
		"---\n\nThe General Assembly endorsed the accord.\n"
	a, err := Parse("072.md", "072", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Copies) != 2 {
		t.Fatalf("%d copies, want 2: %+v", len(a.Copies), a.Copies)
	}
	if c := a.Copies[0]; c.Source() != "agroim.com / AP, December 19, 2018" || c.URL != "https://agroim.com/2018/12/x.html" {
		t.Errorf("first copy %+v (%q)", c, c.Source())
	}
	if c := a.Copies[1]; c.URL != "" || c.Publication != "Elsewhere" {
		t.Errorf("second copy keeps a bad link or loses its outlet: %+v", c)
	}
}

// A missing docs directory is named in the error, not as ".".
func TestLoadDirNamesMissingDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no-such-docs")
	_, _, err := LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v, want it to name %s", err, dir)
	}
}
