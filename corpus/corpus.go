// Package corpus turns the articles in docs/ into footnote.Articles: it parses
// Markdown with YAML front matter into numbered paragraphs (¶0 for the
// header, ¶1..¶N for the body), validates each document and imports scraped
// pages into that format.
package corpus

import (
	"errors"
	"fmt"
)

// The caps below bound what one mistaken file, or a corpus grown too far,
// can cost: every paragraph is chunked, embedded and held in memory by the
// index (5 to 7 KB each with the built-in embedder), on every cold start.
const (
	// MaxDocBytes caps the size of one document: an article is tens of
	// kilobytes, and a multi-megabyte file in docs/ is a mistake that would
	// otherwise slow every reindex.
	MaxDocBytes = 1 << 20
	// MaxArticleParagraphs caps the paragraphs of one article: a long read
	// or a live blog runs to a few hundred; a file past this is a list or
	// a dump, not an article, and it is skipped rather than let it crowd
	// the index.
	MaxArticleParagraphs = 2000
	// MaxCorpusParagraphs caps the paragraphs of all the articles: the
	// whole coverage of an event (hundreds of pages) fits many times over,
	// and the index stays within a few hundred megabytes of memory (100,000
	// paragraphs peak at about 205 MB; see notes/speed.md).
	MaxCorpusParagraphs = 120_000
	// MaxCorpusBytes caps the documents' total size, which the paragraph
	// caps alone leave open (a paragraph can be long): room for thousands
	// of articles, and a bound on what loading them costs.
	MaxCorpusBytes = 64 << 20
)

// ErrCorpusTooLarge is wrapped by the error for a docs directory whose
// documents together pass MaxCorpusBytes or MaxCorpusParagraphs.
var ErrCorpusTooLarge = errors.New("corpus too large")

// Error is a problem with one document. It names the file and, where there
// is one, the line.
type Error struct {
	File string
	Line int // 0 when the problem has no line
	Msg  string
	Err  error // the underlying error, if any
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func (e *Error) Unwrap() error { return e.Err }

// MaxHTMLBytes caps an HTML page to import: pages carry scripts and
// styles around a text of tens of kilobytes; past this a file is not a page.
const MaxHTMLBytes = 8 << 20
