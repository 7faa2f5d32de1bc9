package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/internal/atomicfile"
	"github.com/footnote-bot/footnote/internal/filecap"
)

const indexUsage = `
Usage: footnote index [--force]

Builds the index of FOOTNOTE_DOCS_DIR under FOOTNOTE_DATA_DIR, re-embedding
only the articles that changed. The new index is built beside the old one
and swapped in atomically.

Flags:
`

func cmdIndex(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("index", indexUsage, stderr)
	force := fs.Bool("force", false, "rebuild even if docs/ did not change")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("index takes no arguments, got %q", fs.Args())
	}
	a, err := openApp(ctx, set, stderr, false)
	if err != nil {
		return err
	}
	arts, err := a.loadDocs()
	if err != nil {
		return err
	}
	if !*force && a.index.Fresh(arts) {
		fmt.Fprintf(stdout, "Index is up to date: %s.\n", plural(len(arts), "article"))
		return nil
	}
	st, err := a.index.Build(ctx, arts)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	fmt.Fprintf(stdout, "Indexed %s, %s (%d chunks embedded, the rest reused) in %s.\n", plural(st.Articles, "article"), plural(st.Paragraphs, "paragraph"), st.Embedded, st.Duration.Round(time.Millisecond))
	return nil
}

const docsUsage = `
Usage: footnote docs

Lists the articles in FOOTNOTE_DOCS_DIR: id, date, title and paragraph count
(¶0, the header, and the body's ¶1..¶N).
Malformed documents are reported on stderr.

Flags:
`

func cmdDocs(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("docs", docsUsage, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg := set.App
	arts, errs, err := corpus.LoadDir(cfg.DocsDir)
	if err != nil {
		return err
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "skipped:", e)
	}
	for _, a := range arts {
		date := "-"
		if !a.Published.IsZero() {
			date = a.Published.Format("2006-01-02")
		}
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%d paragraphs (¶0–¶%d)\n", a.ID, a.Label, date, a.Title, len(a.Paragraphs), len(a.Paragraphs)-1)
	}
	if len(arts) == 0 {
		return fmt.Errorf("no articles in %s", cfg.DocsDir)
	}
	return nil
}

const importUsage = `
Usage: footnote import [flags] RAW.txt

Turns a scraped page (title line, dek line, body, author bio, "More from"
teasers) into a Markdown article with front matter, written to
FOOTNOTE_DOCS_DIR/<name>.md (or stdout with -o -). Repeated paragraphs are
kept once and the teasers are dropped. RAW.txt must be a regular file of at
most 1 MiB. The article is written whole or not at all (a temporary file
renamed into place); a symbolic link at the destination is refused.

Flags:
`

func cmdImport(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("import", importUsage, stderr)
	var opts corpus.ImportOptions
	fs.StringVar(&opts.URL, "url", "", "the article's link")
	fs.StringVar(&opts.Published, "date", "", "publication date, YYYY-MM-DD")
	fs.StringVar(&opts.Publication, "publication", "", "publication name (default: from the \"More from\" line)")
	fs.StringVar(&opts.Author, "author", "", "author (default: from the byline or bio)")
	out := fs.String("o", "", "output file, or - for stdout (default: FOOTNOTE_DOCS_DIR/<RAW name>.md)")
	force := fs.Bool("force", false, "overwrite an existing file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import takes one RAW.txt file")
	}
	src := fs.Arg(0)
	// A regular file only, read through the cap: a FIFO or a device would
	// keep import waiting or reading without end.
	raw, err := filecap.ReadFile(src, corpus.MaxDocBytes)
	if errors.Is(err, filecap.ErrTooLarge) || errors.Is(err, filecap.ErrNotRegular) {
		return usagef("import: %v", err)
	}
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	md, err := corpus.Import(raw, opts)
	if err != nil {
		if errors.Is(err, corpus.ErrImport) {
			return usagef("%s: %v", src, err)
		}
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if *out == "-" {
		_, err := stdout.Write(md)
		return err
	}
	dst := *out
	if dst == "" {
		dst = filepath.Join(set.App.DocsDir, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+".md")
	}
	// Through a temporary file and a rename: an interrupted import leaves
	// the old article or the new one, never half of one.
	err = atomicfile.Write(dst, 0o644, *force, func(w io.Writer) error {
		_, err := w.Write(md)
		return err
	})
	if errors.Is(err, os.ErrExist) {
		return usagef("%s exists; use --force to overwrite", dst)
	}
	if errors.Is(err, atomicfile.ErrSymlink) || errors.Is(err, atomicfile.ErrNotRegular) {
		return usagef("import: %v; write to another path with -o", err)
	}
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	fmt.Fprintf(stdout, "Wrote %s.\n", dst)
	return nil
}

// plural is "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
