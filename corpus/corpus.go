// Package corpus turns the articles in docs/ into footnote.Articles: it parses
// Markdown with YAML front matter into numbered paragraphs (¶0 for the
// header, ¶1..¶N for the body), validates each document and imports scraped
// pages into that format.
package corpus

import (
	"fmt"
)

// MaxDocBytes caps the size of one document. Larger files are rejected: an
// article is tens of kilobytes, and a multi-megabyte file in docs/ is a
// mistake that would otherwise slow every reindex.
const MaxDocBytes = 1 << 20

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
