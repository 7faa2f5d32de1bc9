package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// ImportOptions supplies what a scraped page lacks.
type ImportOptions struct {
	URL         string
	Published   string // YYYY-MM-DD
	Publication string // defaults to the X of a "More from X" line
	Author      string // defaults to the name that opens the byline or bio
	Source      string // the input's name, recorded in the front matter
}

// ErrImport is returned for a scrape that cannot be turned into an article.
var ErrImport = errors.New("cannot import")

var (
	moreFrom = regexp.MustCompile(`(?i)^more from\s+(.+?)\s*$`)
	bioName  = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:is|was)\s+(?:a|an|the)\s`)
)

// Import turns a scraped plain-text page into a Markdown article with
// front matter; see ImportText.
func Import(raw []byte, opts ImportOptions) ([]byte, error) {
	d, err := ImportText(raw, opts, text.NewDetector())
	if err != nil {
		return nil, err
	}
	return d.Markdown(), nil
}

// ImportText turns a page as a crawler extracted it into a Draft: the
// lines are cleaned by CleanScrape, a "More from <publication>" block names
// the publication and ends the text, an author bio closing the text
// becomes author_note, the language is detected from the body and the
// date is found in the page (see findDate).
func ImportText(raw []byte, opts ImportOptions, langs *text.Detector) (Draft, error) {
	if err := checkRaw(raw); err != nil {
		return Draft{}, err
	}
	if err := checkOptions(opts); err != nil {
		return Draft{}, err
	}
	src := string(raw)
	publication := opts.Publication
	if lines := strings.Split(src, "\n"); len(lines) > 0 {
		for i, l := range lines {
			if m := moreFrom.FindStringSubmatch(collapse(l)); m != nil {
				if publication == "" {
					publication = m[1]
				}
				src = strings.Join(lines[:i], "\n")
				break
			}
		}
	}
	// An author bio closing the text becomes author_note.
	var note string
	lines := strings.Split(strings.TrimRight(src, "\n\r\t "), "\n")
	if last := collapse(lines[len(lines)-1]); len(lines) > 1 && isBio(last, opts.Author) {
		note = last
		src = strings.Join(lines[:len(lines)-1], "\n")
	}
	s := CleanScrape(src)
	d := Draft{Dek: s.Dek, Publication: publication, URL: opts.URL, Source: opts.Source, Author: opts.Author, AuthorNote: note}
	if d.Author == "" {
		d.Author = s.Author
	}
	if m := bioName.FindStringSubmatch(note); d.Author == "" && m != nil {
		d.Author = m[1]
	}
	paras := s.Paragraphs
	if len(paras) == 0 {
		return Draft{}, fmt.Errorf("%w: no body paragraphs left after cleaning", ErrImport)
	}
	if len(paras) > MaxArticleParagraphs {
		return Draft{}, fmt.Errorf("%w: %d paragraphs, over the cap of %d paragraphs per article", ErrImport, len(paras), MaxArticleParagraphs)
	}
	d.Paragraphs = paras
	body := strings.Join(paras, "\n")
	d.Language = langs.DetectAny(body)
	paras = repairDropCaps(paras, text.Lang(d.Language))
	d.Paragraphs = paras
	d.Title = s.Title
	if d.Title == "" {
		d.Title = leadTitle(paras[0])
	}
	d.Published = opts.Published
	if d.Published == "" {
		d.Published = findDate(dateEvidence{Lines: s.DateLines, Openings: s.Openings, URL: opts.URL, CrawlDate: s.CrawlDate, Language: d.Language, Text: body})
		if d.Published == "" {
			dated := body + "\n" + strings.Join(s.DateLines, "\n")
			d.crawlDate = uncheckedCrawlDate(s.CrawlDate, dated)
			d.crawlMonth = uncheckedCrawlMonth(s.CrawlDate, dated)
		}
	}
	return d, nil
}

// checkRaw refuses input that is not text.
func checkRaw(raw []byte) error {
	if len(raw) > MaxDocBytes {
		return fmt.Errorf("%w: %d bytes, over the %d-byte cap", ErrImport, len(raw), MaxDocBytes)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return fmt.Errorf("%w: contains a NUL byte: binary file?", ErrImport)
	}
	if !utf8.Valid(raw) {
		return fmt.Errorf("%w: not valid UTF-8", ErrImport)
	}
	if i, r := controlChar(raw); i >= 0 {
		return fmt.Errorf("%w: contains the control character %U at line %d", ErrImport, r, 1+bytes.Count(raw[:i], []byte("\n")))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return fmt.Errorf("%w: empty", ErrImport)
	}
	return nil
}

func checkOptions(opts ImportOptions) error {
	if opts.Published != "" {
		if _, err := parseDate(opts.Published); err != nil {
			return fmt.Errorf("%w: date %q is not YYYY-MM-DD", ErrImport, opts.Published)
		}
	}
	if opts.URL != "" && !isWebLink(opts.URL) {
		return fmt.Errorf("%w: url %q is not an http(s) link", ErrImport, opts.URL)
	}
	return nil
}

// leadTitle makes a title for a page that shows no headline: the lead's
// first words (or characters, for text without spaces), marked as cut.
func leadTitle(lead string) string {
	const (
		words = 12 // enough to tell articles apart in a list
		runes = 40 // as much for Chinese or Japanese text
	)
	f := strings.Fields(lead)
	if len(f) > words {
		return strings.Join(f[:words], " ") + " …"
	}
	if r := []rune(lead); len(r) > 2*runes {
		return string(r[:runes]) + " …"
	}
	return lead
}

// IsLeadTitle reports whether title is one leadTitle made from lead: no
// headline of the page, only the lead's first words with a mark the page
// never printed. Quoted, it is no quote of the page; the lead's own first
// sentence tells what it would.
func IsLeadTitle(title, lead string) bool {
	return title != lead && title == leadTitle(lead)
}

// isBio reports whether a line is an author bio rather than a paragraph.
func isBio(l, author string) bool {
	if len(l) > 400 {
		return false
	}
	if author != "" && strings.HasPrefix(l, author+" ") {
		return true
	}
	return bioName.MatchString(l) && (strings.Contains(l, "Twitter:") || strings.Contains(l, "writer") || strings.Contains(l, "editor") || strings.Contains(l, "correspondent") || strings.Contains(l, "columnist") || strings.Contains(l, "reporter"))
}
