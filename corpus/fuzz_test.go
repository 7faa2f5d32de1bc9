package corpus

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/trump-boycotts-un-migration-talks.md"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("---\ntitle: T\n---\n\nBody.\n"))
	f.Add([]byte("---\ntitle: [\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.md", "f", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if a.Title == "" || len(a.Paragraphs) < 2 {
			t.Fatalf("accepted an article without title or body: %+v", a)
		}
		for i, p := range a.Paragraphs {
			if p.N != i || strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("bad paragraph %d: %+v", i, p)
			}
		}
	})
}

func FuzzImport(f *testing.F) {
	if data, err := os.ReadFile("testdata/trump-boycotts-un-migration-talks.txt"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("T\nD\nBy A B\nP.\nMore from X\nteaser\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		md, err := Import(raw, ImportOptions{})
		if err != nil {
			return
		}
		// Whatever Import accepts must parse back into an article.
		if _, err := Parse("i.md", "i", md); err != nil {
			t.Fatalf("imported document does not parse: %v\n%s", err, md)
		}
	})
}
