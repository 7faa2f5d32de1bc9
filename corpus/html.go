package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/footnote-bot/footnote/text"
)

// maxHTMLElements bounds the element count of a page given to the
// extractor: news pages have a few thousand; far more is a dump whose
// parsing would take long for nothing.
const maxHTMLElements = 50_000

// ImportHTML extracts an article from an HTML page with go-trafilatura
// (main text, title, author, site name, date from metadata and the page)
// and cleans its text lines as CleanScrape does. pageURL, when known,
// helps the extractor and is recorded.
func ImportHTML(raw []byte, opts ImportOptions, langs *text.Detector) (Draft, error) {
	if len(raw) > MaxHTMLBytes {
		return Draft{}, fmt.Errorf("%w: %d bytes, over the %d-byte cap for HTML", ErrImport, len(raw), MaxHTMLBytes)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return Draft{}, fmt.Errorf("%w: contains a NUL byte: binary file?", ErrImport)
	}
	if err := checkOptions(opts); err != nil {
		return Draft{}, err
	}
	topts := trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		Deduplicate:     true,
		MaxTreeSize:     maxHTMLElements,
	}
	if opts.URL != "" {
		if u, err := url.Parse(opts.URL); err == nil {
			topts.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(bytes.NewReader(raw), topts)
	if err != nil {
		return Draft{}, fmt.Errorf("%w: no article found in the HTML: %v", ErrImport, err)
	}
	meta := res.Metadata
	for _, f := range []*string{&meta.Title, &meta.Description, &meta.Author, &meta.Sitename, &meta.URL} {
		*f = withoutControls(*f)
	}
	s := CleanScrape(strings.Join(blockLines(res.ContentNode), "\n"))
	paras := s.Paragraphs
	if len(paras) == 0 {
		return Draft{}, fmt.Errorf("%w: no body paragraphs left after cleaning", ErrImport)
	}
	if len(paras) > MaxArticleParagraphs {
		return Draft{}, fmt.Errorf("%w: %d paragraphs, over the cap of %d paragraphs per article", ErrImport, len(paras), MaxArticleParagraphs)
	}
	dek := collapse(meta.Description)
	if strings.HasPrefix(text.Fold(paras[0]), text.Fold(strings.TrimRight(dek, ".…"))) {
		dek = "" // the description is the lead, which the body has
	}
	d := Draft{
		Title:       collapse(meta.Title),
		Dek:         dek,
		Author:      collapse(meta.Author),
		Publication: collapse(meta.Sitename),
		URL:         opts.URL,
		Source:      opts.Source,
		Paragraphs:  paras,
	}
	if d.URL == "" && (strings.HasPrefix(meta.URL, "https://") || strings.HasPrefix(meta.URL, "http://")) {
		d.URL = meta.URL
	}
	if opts.Author != "" {
		d.Author = opts.Author
	}
	if opts.Publication != "" {
		d.Publication = opts.Publication
	}
	if d.Title == "" {
		d.Title = s.Title
	}
	body := strings.Join(paras, "\n")
	d.Language = langs.DetectAny(body)
	if l := strings.ToLower(meta.Language); d.Language == "" && len(l) >= 2 {
		d.Language = l[:2]
	}
	d.Paragraphs = repairDropCaps(d.Paragraphs, text.Lang(d.Language))
	if d.Title == "" {
		d.Title = leadTitle(d.Paragraphs[0])
	}
	d.Published = opts.Published
	if d.Published == "" {
		d.Published = findDate(dateEvidence{Meta: meta.Date, Lines: s.DateLines, Openings: s.Openings, URL: d.URL, Language: d.Language, Text: body})
	}
	return d, nil
}

// blockLines returns the text of each block of the extracted content (a
// paragraph, heading, list item, quote, table row) as one line, so the
// cleaner sees the page's paragraphs as a crawler would print them.
func blockLines(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if l := collapse(cur.String()); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(withoutControls(n.Data))
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode {
			cur.WriteByte(' ')
		}
	}
	if n != nil {
		walk(n)
	}
	flush()
	return lines
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote,
		atom.Pre, atom.Tr, atom.Table, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Figure,
		atom.Figcaption, atom.Dd, atom.Dt, atom.Ul, atom.Ol, atom.Main, atom.Aside, atom.Hr, atom.Body:
		return true
	}
	return false
}

// withoutControls replaces control characters other than tab and newline
// with spaces: in a page's text they are debris, and they must not reach
// an article (Parse refuses them).
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		if isControl(r) && r != '\n' {
			return ' '
		}
		return r
	}, s)
}
