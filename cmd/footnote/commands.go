package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/text"
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
		fmt.Fprintf(stdout, "Index is up to date: %s.\n", text.Count(len(arts), "article", "articles"))
		return nil
	}
	st, err := a.index.Build(ctx, arts)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	fmt.Fprintf(stdout, "Indexed %s, %s (%d chunks embedded, the rest reused) in %s.\n", text.Count(st.Articles, "article", "articles"), text.Count(st.Paragraphs, "paragraph", "paragraphs"), st.Embedded, st.Duration.Round(time.Millisecond))
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
