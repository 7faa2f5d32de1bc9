package corpus

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestImportGolden(t *testing.T) {
	raw, err := os.ReadFile("testdata/trump-boycotts-un-migration-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/trump-boycotts-un-migration-talks.md")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Import(raw, ImportOptions{
		URL:       "https://foreignpolicy.com/2017/12/02/trump-boycotts-u-n-migration-talks/",
		Published: "2017-12-02",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("import differs from the cleaned article:\n--- got\n%s\n--- want\n%s", got, want)
	}
	a, err := Parse("imported.md", "x", got)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Body()); n != 12 {
		t.Errorf("imported article has %d body paragraphs, want 12", n)
	}
	if a.Author != "Colum Lynch" || a.Publication != "Foreign Policy" || !strings.HasPrefix(a.AuthorNote, "Colum Lynch was a staff writer") {
		t.Errorf("author=%q publication=%q note=%q", a.Author, a.Publication, a.AuthorNote)
	}
	for _, p := range a.Paragraphs {
		for _, teaser := range []string{"Multipolar", "Pacific War", "China", "Ukraine"} {
			if strings.Contains(p.Text, teaser) {
				t.Errorf("¶%d contains teaser text %q", p.N, teaser)
			}
		}
	}
}

func TestImportByline(t *testing.T) {
	lead := "The first paragraph says what happened, where and when it happened, who took part in it, what they said about it, why it matters to the people who read about it, and what comes next for the people involved."
	raw := "A Title Of Some Length\nBy Jane Roe\n" + lead + "\n" + lead + "\nA short caption printed twice\nA short caption printed twice\nThe second paragraph says who said what about it.\nMore from The Daily\nTeaser one\n"
	got, err := Import([]byte(raw), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("x.md", "x", got)
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	if a.Author != "Jane Roe" || a.Publication != "The Daily" {
		t.Errorf("author=%q publication=%q", a.Author, a.Publication)
	}
	if len(a.Body()) != 2 || !strings.HasPrefix(a.Body()[0].Text, "The first") || !strings.HasPrefix(a.Body()[1].Text, "The second") {
		t.Errorf("body = %+v", a.Body())
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		opts ImportOptions
		want string
	}{
		{"empty", "", ImportOptions{}, "empty"},
		{"blank", " \n\n \n", ImportOptions{}, "empty"},
		{"binary", "a\x00b\nc\nd\n", ImportOptions{}, "NUL"},
		{"not utf8", "a\xffb\nc\nd\n", ImportOptions{}, "UTF-8"},
		{"control character", "T\n\x7f\nBody.\n", ImportOptions{}, "U+007F"},
		{"bad date", "T\nD\nBody.\n", ImportOptions{Published: "yesterday"}, "date"},
		{"bad url", "T\nD\nBody.\n", ImportOptions{URL: "javascript:alert(1)"}, "url"},
		{"only teasers", "T\nD\nMore from X\nteaser\n", ImportOptions{}, "no body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import([]byte(tt.raw), tt.opts)
			if err == nil || !errors.Is(err, ErrImport) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want ErrImport mentioning %q", err, tt.want)
			}
		})
	}
}

func TestLeadTitle(t *testing.T) {
	long := strings.Repeat("word ", 30)
	cjk := strings.Repeat("美国宣布退出全球移民协议", 10)
	for in, want := range map[string]string{
		"A short lead.": "A short lead.",
		long:            strings.TrimSpace(strings.Repeat("word ", 12)) + " …",
		cjk:             string([]rune(cjk)[:40]) + " …",
	} {
		if got := leadTitle(in); got != want {
			t.Errorf("leadTitle(%.20q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsLeadTitle(t *testing.T) {
	lead := "Ante la decisión del presidente Donald Trump de retirar a Estados Unidos del pacto mundial de la ONU sobre migración, el canciller lamentó dicha decisión."
	short := "A short lead."
	for _, tc := range []struct {
		title, lead string
		want        bool
	}{
		{leadTitle(lead), lead, true},                             // made from the lead: the page printed no such line
		{leadTitle(short), short, false},                          // the whole lead, uncut: the page printed it
		{"México lamenta la decisión de Trump", lead, false},      // a headline of the page
		{leadTitle(lead), "Another page's lead entirely.", false}, // made from another text
	} {
		if got := IsLeadTitle(tc.title, tc.lead); got != tc.want {
			t.Errorf("IsLeadTitle(%.30q, %.30q) = %v, want %v", tc.title, tc.lead, got, tc.want)
		}
	}
}
