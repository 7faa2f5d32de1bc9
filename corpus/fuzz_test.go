package corpus

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
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

// FuzzCleanScrape: the cleaner never panics, keeps only text that was in
// the page, and never repeats a paragraph.
func FuzzCleanScrape(f *testing.F) {
	for _, name := range []string{"011-chinagate-xinhua-lajcak", "189-chicago666-forum-zh", "050-bento-usa-uno-abkommen"} {
		if data, err := os.ReadFile("testdata/coverage/" + name + ".txt"); err == nil {
			f.Add(string(data))
		}
	}
	f.Add(" date 2018-07 A\nB: c\n\"d\"\n")
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return
		}
		s := CleanScrape(raw)
		seen := map[string]bool{}
		for _, p := range s.Paragraphs {
			if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q", p)
			}
			if seen[p] {
				t.Fatalf("paragraph repeated: %q", p)
			}
			seen[p] = true
			for _, w := range strings.Fields(p) {
				if !strings.Contains(raw, w) && !strings.Contains(strings.ReplaceAll(raw, "\u00a0", " "), w) {
					t.Fatalf("word %q is not in the page", w)
				}
			}
		}
	})
}

// FuzzImportHTML: any bytes give an article that parses back, or ErrImport.
func FuzzImportHTML(f *testing.F) {
	if data, err := os.ReadFile("testdata/html/wikimediafoundation.org.turkey.html"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("<html><head><title>T</title></head><body><article><p>One sentence here is long enough to count as the text of a page.</p></article></body></html>"))
	f.Add([]byte("<p>unclosed <b>"))
	langs := text.NewDetector()
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := ImportHTML(raw, ImportOptions{}, langs)
		if err != nil {
			if !errors.Is(err, ErrImport) {
				t.Fatalf("error is not ErrImport: %v", err)
			}
			return
		}
		if _, err := Parse("h.md", "h", d.Markdown()); err != nil {
			t.Fatalf("imported HTML does not parse: %v\n%s", err, d.Markdown())
		}
	})
}

// FuzzCopies: a page always adds nothing to itself (when each paragraph
// has a run of words to compare), and repairing drop caps only ever takes
// out the space after a paragraph's first letter.
func FuzzCopies(f *testing.F) {
	f.Add("T he United States has withdrawn from the pact.\nThe decision was condemned.", "en")
	f.Add("O documento diz que o Brasil sairá do pacto 2019.\nO presidente confirmou.", "pt")
	f.Add("W poniedziałek rząd ogłosił decyzję.", "pl")
	f.Fuzz(func(t *testing.T, page, lang string) {
		if !utf8.ValidString(page) {
			return
		}
		paras := strings.Split(page, "\n")
		long := true
		for _, p := range paras {
			long = long && len(text.FoldedTokens(p)) >= copyRunTokens
		}
		if long && !newStoryText(paras).addsNothing(paras) {
			t.Fatalf("a page adds something to itself: %q", page)
		}
		got := repairDropCaps(paras, text.Lang(lang))
		for i, p := range got {
			if p != paras[i] && (len(p) != len(paras[i])-1 || strings.Replace(paras[i], " ", "", 1) != p) {
				t.Fatalf("paragraph %q became %q", paras[i], p)
			}
		}
	})
}

// FuzzManifest: any bytes give a manifest or an error, never a panic, and
// a manifest never keeps a link that is not http(s).
func FuzzManifest(f *testing.F) {
	f.Add([]byte(manifestTSV))
	f.Add([]byte("file\turl\n\"a.txt\t\"http://x\n"))
	f.Add([]byte("\ufefffile\toutlet\n../../etc/passwd\tX\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseManifest(data)
		if err != nil {
			return
		}
		for name, e := range m {
			if e.URL != "" && !isWebLink(e.URL) {
				t.Fatalf("%q keeps the link %q", name, e.URL)
			}
			if strings.ContainsAny(name, `/`) {
				t.Fatalf("a manifest key with a folder: %q", name)
			}
		}
	})
}
