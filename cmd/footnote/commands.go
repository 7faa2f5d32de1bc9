package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
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
Usage: footnote docs [--json]

Lists the articles in FOOTNOTE_DOCS_DIR, one a line under a header: id,
source label (as in the answers' markers), publication date ("-" when
unknown), paragraph count (¶0, the header, and the body's ¶1..¶N) and
title. Malformed documents are reported on stderr.

Flags:
`

// docJSON is the --json shape of one article of 'footnote docs'.
type docJSON struct {
	ID         string `json:"id"`
	Label      string `json:"label"`
	Published  string `json:"published,omitempty"`
	Title      string `json:"title"`
	Paragraphs int    `json:"paragraphs"`
}

// docsColumnGap is the spaces between the listing's columns: enough to
// tell them apart, few enough to leave the title room on 80 columns.
const docsColumnGap = 2

func cmdDocs(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("docs", docsUsage, stderr)
	asJSON := fs.Bool("json", false, `print {"articles": [...]}: id, label, published, title, paragraphs`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("docs takes no arguments, got %q", fs.Args())
	}
	cfg := set.App
	arts, errs, err := corpus.LoadDir(cfg.DocsDir)
	if errors.Is(err, corpus.ErrCorpusTooLarge) {
		return err
	}
	if err != nil {
		return docsDirError(err)
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "skipped:", e)
	}
	if len(arts) == 0 {
		return noArticlesError(cfg.DocsDir)
	}
	list := make([]docJSON, 0, len(arts))
	for _, a := range arts {
		d := docJSON{ID: a.ID, Label: a.Label, Title: a.Title, Paragraphs: len(a.Paragraphs)}
		if !a.Published.IsZero() {
			d.Published = a.Published.Format(time.DateOnly)
		}
		list = append(list, d)
	}
	if *asJSON {
		return writeJSON(stdout, struct {
			Articles []docJSON `json:"articles"`
		}{list}, "articles")
	}
	// Aligned columns, the title last: on a narrow terminal only the
	// title wraps.
	tw := tabwriter.NewWriter(stdout, 0, 0, docsColumnGap, ' ', 0)
	fmt.Fprintln(tw, "ID\tLABEL\tDATE\tPARAGRAPHS\tTITLE")
	for _, d := range list {
		date := cmp.Or(d.Published, "-")
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d (¶0–¶%d)\t%s\n", d.ID, d.Label, date, d.Paragraphs, d.Paragraphs-1, d.Title)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write articles: %w", err)
	}
	return nil
}
