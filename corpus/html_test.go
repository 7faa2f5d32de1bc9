package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestImportHTMLPages imports news pages shipped with go-trafilatura
// (testdata/html, URLs in its SOURCES): the text is kept as paragraphs,
// the page's chrome is not, and a page whose text is a client-side
// template yields a clear error.
func TestImportHTMLPages(t *testing.T) {
	tests := []struct {
		file, title, date, lang, err string
		keep, drop                   []string
		minParas                     int
	}{
		{file: "dw.com.uncork.html", lang: "en", minParas: 5,
			keep: []string{"No grape variety invites as much intrigue", "With just 0.9 hectares"},
			drop: []string{"Related Subjects", "Audios and videos on the topic"}},
		{file: "wikimediafoundation.org.turkey.html", title: "Access to Wikipedia restored in Turkey after more than two and a half years", date: "2020-01-15", lang: "en", minParas: 4,
			keep: []string{"as further access is restored."},
			drop: []string{"Read further in the pursuit of knowledge", "Stay up-to-date on our work.", "Photo credits"}},
		{file: "lanouvellerepublique.fr.martin.html", err: "no body paragraphs"},
	}
	langs := text.NewDetector()
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := ImportHTML(raw, ImportOptions{}, langs)
			if tt.err != "" {
				if !errors.Is(err, ErrImport) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want ErrImport saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && d.Title != tt.title {
				t.Errorf("title = %q, want %q", d.Title, tt.title)
			}
			if tt.date != "" && d.Published != tt.date {
				t.Errorf("published = %q, want %q", d.Published, tt.date)
			}
			if d.Language != tt.lang {
				t.Errorf("language = %q, want %q", d.Language, tt.lang)
			}
			if len(d.Paragraphs) < tt.minParas {
				t.Errorf("%d paragraphs, want at least %d: the page's paragraphs are run together", len(d.Paragraphs), tt.minParas)
			}
			checkBody(t, d.Paragraphs, tt.keep, tt.drop)
		})
	}
}

func TestImportHTMLBadInput(t *testing.T) {
	langs := text.NewDetector()
	for name, raw := range map[string][]byte{
		"binary":      {0x89, 'P', 'N', 'G', 0, 0, 1, 2},
		"empty":       nil,
		"no text":     []byte("<html><body><div><span></span></div></body></html>"),
		"unclosed":    []byte("<html><body><p>Just <b>a few <i>words"),
		"only a menu": []byte("<html><body><nav><a href=/>Home</a> | <a href=/x>News</a></nav></body></html>"),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ImportHTML(raw, ImportOptions{}, langs); !errors.Is(err, ErrImport) {
				t.Fatalf("err = %v, want ErrImport", err)
			}
		})
	}
}
