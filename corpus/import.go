package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// ImportOptions supplies what a scraped page lacks.
type ImportOptions struct {
	URL         string
	Published   string // YYYY-MM-DD
	Publication string // defaults to the X of a "More from X" line
	Author      string // defaults to the name that opens the byline or bio
}

// ErrImport is returned for a scrape that cannot be turned into an article.
var ErrImport = errors.New("cannot import")

var (
	moreFrom = regexp.MustCompile(`(?i)^more from\s+(.+?)\s*$`)
	byline   = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*\.?$`)
	bioName  = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:is|was)\s+(?:a|an|the)\s`)
)

// Import turns a scraped page into a Markdown article with front matter.
//
// The scrape is a title line, a dek line, the body one paragraph per line
// (the lead often repeated), optionally a "By Name" byline line, an author
// bio line, then a "More from <publication>" block of unrelated teasers.
// Repeated paragraphs are kept once, the byline becomes the author, the bio
// becomes author_note, and everything from "More from" on is dropped.
func Import(raw []byte, opts ImportOptions) ([]byte, error) {
	if !utf8.Valid(raw) {
		return nil, fmt.Errorf("%w: not valid UTF-8", ErrImport)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return nil, fmt.Errorf("%w: contains a NUL byte: binary file?", ErrImport)
	}
	if i, r := controlChar(raw); i >= 0 {
		return nil, fmt.Errorf("%w: contains the control character %U at line %d", ErrImport, r, 1+bytes.Count(raw[:i], []byte("\n")))
	}
	if len(raw) > MaxDocBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the %d-byte cap", ErrImport, len(raw), MaxDocBytes)
	}
	if opts.Published != "" {
		if _, err := parseDate(opts.Published); err != nil {
			return nil, fmt.Errorf("%w: date %q is not YYYY-MM-DD", ErrImport, opts.Published)
		}
	}
	if opts.URL != "" && !strings.HasPrefix(opts.URL, "https://") && !strings.HasPrefix(opts.URL, "http://") {
		return nil, fmt.Errorf("%w: url %q is not an http(s) link", ErrImport, opts.URL)
	}
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n") {
		if l = collapse(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 3 {
		return nil, fmt.Errorf("%w: want a title line, a dek line and a body, found %d non-empty lines", ErrImport, len(lines))
	}
	title, dek, body := lines[0], lines[1], lines[2:]
	publication := opts.Publication
	for i, l := range body {
		if m := moreFrom.FindStringSubmatch(l); m != nil {
			if publication == "" {
				publication = m[1]
			}
			body = body[:i]
			break
		}
	}
	author := opts.Author
	var note string
	var paras []string
	seen := map[string]bool{}
	for i, l := range body {
		if m := byline.FindStringSubmatch(l); m != nil {
			if author == "" {
				author = m[1]
			}
			continue
		}
		if i == len(body)-1 && isBio(l, author) {
			note = l
			if author == "" {
				author = bioName.FindStringSubmatch(l)[1]
			}
			continue
		}
		key := strings.ToLower(l)
		if seen[key] {
			continue
		}
		seen[key] = true
		paras = append(paras, l)
	}
	if len(paras) == 0 {
		return nil, fmt.Errorf("%w: no body paragraphs", ErrImport)
	}
	if len(paras) > MaxArticleParagraphs {
		return nil, fmt.Errorf("%w: %d paragraphs, over the cap of %d paragraphs per article", ErrImport, len(paras), MaxArticleParagraphs)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, quote(v))
		}
	}
	field("title", title)
	field("dek", dek)
	field("author", author)
	field("author_note", note)
	field("publication", publication)
	if opts.Published != "" {
		fmt.Fprintf(&b, "published: %s\n", opts.Published)
	}
	field("url", opts.URL)
	b.WriteString("---\n")
	for _, p := range paras {
		b.WriteString("\n")
		b.WriteString(p)
		b.WriteString("\n")
	}
	return b.Bytes(), nil
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

// quote renders s as a YAML double-quoted scalar (JSON strings are valid
// YAML), keeping non-ASCII letters as they are.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
