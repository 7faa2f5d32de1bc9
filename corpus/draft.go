package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Draft is an imported article before it is written: its front matter and
// its body paragraphs.
type Draft struct {
	Title       string
	Dek         string
	Author      string
	AuthorNote  string
	Publication string
	Published   string // YYYY-MM-DD, or empty when the page shows no date
	// PublishedMonth is YYYY-MM when the page shows no date but a
	// crawler's month-only prefix, checked (crawlmonth.go); else empty.
	PublishedMonth string
	URL            string
	Language       string // ISO 639-1, or empty when unknown
	// Source names the input the draft came from (a file's base name
	// without extension, or a URL's slug): merged copies are found by it.
	Source string
	// SourceHash is the SHA-256 of the input's bytes: importing the same
	// bytes again is a no-op.
	SourceHash string
	Copies     []Copy
	Paragraphs []string
	// crawlDate is a crawler's full-day date the page neither supports
	// nor contradicts; the importer sets Published from it when other
	// articles' dates are near it.
	crawlDate string
	// crawlMonth is a crawler's month-only prefix the page does not
	// contradict; the importer sets PublishedMonth from it (crawlmonth.go).
	crawlMonth string
}

// Copy is another page that carries the same story as an article: a wire
// copy at another outlet or the same text at another URL.
type Copy struct {
	ID          string `yaml:"id"`
	Publication string `yaml:"publication,omitempty"`
	URL         string `yaml:"url,omitempty"`
	Published   string `yaml:"published,omitempty"`
}

// Markdown renders the draft as a document with YAML front matter.
func (d Draft) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, quote(v))
		}
	}
	field("title", d.Title)
	field("dek", d.Dek)
	field("author", d.Author)
	field("author_note", d.AuthorNote)
	field("publication", d.Publication)
	if d.Published != "" {
		fmt.Fprintf(&b, "published: %s\n", d.Published)
	} else if d.PublishedMonth != "" {
		fmt.Fprintf(&b, "published_month: %s\n", d.PublishedMonth)
	}
	field("url", d.URL)
	field("language", d.Language)
	field("source", d.Source)
	field("source_sha256", d.SourceHash)
	if len(d.Copies) > 0 {
		b.WriteString("copies:\n")
		for _, c := range d.Copies {
			fmt.Fprintf(&b, "  - id: %s\n", quote(c.ID))
			if c.Publication != "" {
				fmt.Fprintf(&b, "    publication: %s\n", quote(c.Publication))
			}
			if c.URL != "" {
				fmt.Fprintf(&b, "    url: %s\n", quote(c.URL))
			}
			if c.Published != "" {
				fmt.Fprintf(&b, "    published: %s\n", c.Published)
			}
		}
	}
	b.WriteString("---\n")
	for _, p := range d.Paragraphs {
		b.WriteString("\n")
		b.WriteString(p)
		b.WriteString("\n")
	}
	return b.Bytes()
}

// quote renders s as a YAML double-quoted scalar (JSON strings are valid
// YAML), keeping non-ASCII letters as they are.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
