package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/footnote-bot/footnote"
)

// frontMatter is the YAML header of a document.
type frontMatter struct {
	Title       string `yaml:"title"`
	Dek         string `yaml:"dek"`
	Author      string `yaml:"author"`
	AuthorNote  string `yaml:"author_note"`
	Publication string `yaml:"publication"`
	Published   string `yaml:"published"`
	URL         string `yaml:"url"`
	// Language is the article's language, an ISO 639-1 code ("en", "pt");
	// a region suffix ("pt-BR") is accepted.
	Language string `yaml:"language"`
	// Source names the input the article was imported from; SourceHash is
	// the SHA-256 of its bytes, so a re-import of the same bytes is a no-op.
	Source     string `yaml:"source"`
	SourceHash string `yaml:"source_sha256"`
	// Copies lists the other pages that carry the same story (wire copies,
	// the same text at another URL), kept once under this article.
	Copies []Copy `yaml:"copies"`

	// PublishedMonth is YYYY-MM for a page that shows only its month (a
	// crawler's month-only prefix); only the timeline reads it.
	PublishedMonth string `yaml:"published_month"`
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// Parse parses one document. name is used in errors (usually the file path)
// and id becomes the article's ID.
func Parse(name, id string, data []byte) (footnote.Article, error) {
	fail := func(line int, format string, args ...any) (footnote.Article, error) {
		return footnote.Article{}, &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if len(data) > MaxDocBytes {
		return fail(0, "document is %d bytes, over the %d-byte cap", len(data), MaxDocBytes)
	}
	if !utf8.Valid(data) {
		return fail(lineOfInvalidUTF8(data), "not valid UTF-8")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(1+bytes.Count(data[:i], []byte("\n")), "contains a NUL byte: binary file?")
	}
	if i, r := controlChar(data); i >= 0 {
		// Escape sequences would reach terminals and Discord verbatim.
		return fail(1+bytes.Count(data[:i], []byte("\n")), "contains the control character %U", r)
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	yamlText, body, msg := splitDoc(text)
	if msg != "" {
		return fail(1, "%s", msg)
	}
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(yamlText), &fm); err != nil {
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = n + 1 // the YAML starts on the file's second line
		}
		return footnote.Article{}, &Error{File: name, Line: line, Msg: "bad YAML front matter: " + strings.TrimPrefix(err.Error(), "yaml: "), Err: err}
	}
	fmLine := func(key string) int {
		for i, l := range strings.Split(yamlText, "\n") {
			if strings.HasPrefix(l, key+":") {
				return i + 2
			}
		}
		return 1
	}
	fm.Title = collapse(fm.Title)
	if fm.Title == "" {
		return fail(fmLine("title"), "missing title in front matter")
	}
	var published time.Time
	if fm.Published != "" {
		t, err := parseDate(fm.Published)
		if err != nil {
			return fail(fmLine("published"), "published %q is not a date (want YYYY-MM-DD)", fm.Published)
		}
		published = t
	}
	var month time.Time
	if m := strings.TrimSpace(fm.PublishedMonth); m != "" && published.IsZero() {
		t, err := time.Parse("2006-01", m)
		if err != nil {
			return fail(fmLine("published_month"), "published_month %q is not a month (want YYYY-MM)", fm.PublishedMonth)
		}
		month = t
	}
	if l := strings.TrimSpace(fm.Language); l != "" && normLanguage(l) == "" {
		return fail(fmLine("language"), "language %q is not an ISO 639-1 code such as \"en\" or \"pt-BR\"", fm.Language)
	}
	if fm.URL != "" && !strings.HasPrefix(fm.URL, "https://") && !strings.HasPrefix(fm.URL, "http://") {
		return fail(fmLine("url"), "url %q is not an http(s) link", fm.URL)
	}
	a := footnote.Article{
		ID:          id,
		Title:       fm.Title,
		Dek:         collapse(fm.Dek),
		Author:      collapse(fm.Author),
		AuthorNote:  collapse(fm.AuthorNote),
		Publication: collapse(fm.Publication),
		Published:   published,
		URL:         strings.TrimSpace(fm.URL),
		Language:    normLanguage(fm.Language),
	}
	a.PublishedMonth = month
	for _, c := range fm.Copies {
		cp := footnote.Copy{Publication: collapse(c.Publication)}
		if u := strings.TrimSpace(c.URL); isWebLink(u) {
			cp.URL = u
		}
		if t, err := parseDate(c.Published); err == nil && c.Published != "" {
			cp.Published = t
		}
		a.Copies = append(a.Copies, cp)
	}
	sum := sha256.Sum256(data)
	a.Hash = hex.EncodeToString(sum[:])
	a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: 0, Text: a.HeaderText()})
	blocks := SplitParagraphs(body)
	if len(blocks) > MaxArticleParagraphs {
		return fail(0, "%d paragraphs, over the cap of %d paragraphs per article", len(blocks), MaxArticleParagraphs)
	}
	for _, block := range blocks {
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: len(a.Paragraphs), Text: block})
	}
	if len(a.Paragraphs) == 1 {
		bodyLine := 1 + strings.Count(text[:len(text)-len(body)], "\n")
		return fail(bodyLine, "empty body: no paragraphs after the front matter")
	}
	return a, nil
}

// splitDoc splits a document into its YAML front matter and its body, or
// says what is wrong with it.
func splitDoc(text string) (yamlText, body, problem string) {
	if !strings.HasPrefix(text, "---\n") {
		return "", "", "no front matter: the file must start with a line \"---\""
	}
	rest := text[len("---\n"):]
	end := strings.Index(rest, "\n---\n")
	switch {
	case end >= 0:
		return rest[:end+1], rest[end+len("\n---\n"):], ""
	case strings.HasSuffix(rest, "\n---"):
		return rest[:len(rest)-len("---")], "", ""
	default:
		return "", "", "front matter is not closed by a line \"---\""
	}
}

// readDraft reads a document written by Import back into a Draft, to add
// a copy to its front matter or compare it with a new page.
func readDraft(data []byte) (Draft, error) {
	yamlText, body, msg := splitDoc(strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff"))
	if msg != "" {
		return Draft{}, errors.New(msg)
	}
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(yamlText), &fm); err != nil {
		return Draft{}, fmt.Errorf("bad YAML front matter: %w", err)
	}
	return Draft{
		Title: fm.Title, Dek: fm.Dek, Author: fm.Author, AuthorNote: fm.AuthorNote, Publication: fm.Publication,
		Published: fm.Published, URL: fm.URL, Language: fm.Language, Source: fm.Source, SourceHash: fm.SourceHash,
		Copies: fm.Copies, Paragraphs: SplitParagraphs(body),
	}, nil
}

// SplitParagraphs returns the blank-line-separated blocks of a Markdown body,
// each with its lines joined by single spaces.
func SplitParagraphs(body string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("not a date")
}

// controlChar returns the offset and value of the first control character
// other than tab, newline and carriage return, or -1.
func controlChar(data []byte) (int, rune) {
	for i, r := range string(data) {
		if isControl(r) && r != '\n' && r != '\r' {
			return i, r
		}
	}
	return -1, 0
}

// isControl reports a C0 or C1 control character other than tab.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t') || (r >= 0x7f && r < 0xa0)
}

var languageTag = regexp.MustCompile(`^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{2,8})?$`)

// normLanguage returns the ISO 639-1 code of a language tag ("pt-BR" →
// "pt"), or "" for anything else.
func normLanguage(s string) string {
	m := languageTag.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func lineOfInvalidUTF8(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}
