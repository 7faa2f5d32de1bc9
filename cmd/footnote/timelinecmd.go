package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/timeline"
)

const timelineUsage = `
Usage: footnote timeline [--json]

Lists the dated events of the articles in FOOTNOTE_DOCS_DIR, oldest first:
each a sentence quoted from the coverage with the paragraphs that report
it. Relative dates ("on Saturday", "hace dos días") are read against each
article's publication date; an event the articles date differently is
marked disputed, with each date and its sources. Works offline.

Flags:
`

func cmdTimeline(_ context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("timeline", timelineUsage, stderr)
	asJSON := fs.Bool("json", false, `print {"events": [...]} as JSON`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("timeline takes no arguments, got %q", fs.Args())
	}
	arts, err := loadArticles(set, stderr)
	if err != nil {
		return err
	}
	tl := timeline.Build(arts)
	if *asJSON {
		return writeJSON(stdout, tl, "timeline")
	}
	labels := map[string]string{}
	for _, a := range arts {
		labels[a.ID] = a.Label
	}
	var b strings.Builder
	for _, ev := range tl.Events {
		fmt.Fprintf(&b, "%-10s  %s %s\n", ev.Date, ev.Text, markers(ev.Citations, labels))
		for _, v := range ev.Versions {
			fmt.Fprintf(&b, "            disputed: %s according to %s\n", v.Date, markers(v.Citations, labels))
		}
	}
	if len(tl.Events) == 0 {
		b.WriteString("No dated events found.\n")
	}
	_, err = io.WriteString(stdout, b.String())
	if err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	return nil
}

// loadArticles reads the docs directory without opening the index,
// reporting skipped documents on stderr.
func loadArticles(set settings, stderr io.Writer) ([]footnote.Article, error) {
	dir := set.App.DocsDir
	arts, errs, err := corpus.LoadDir(dir)
	if err != nil {
		return nil, docsDirError(err)
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "skipped:", e)
	}
	if len(arts) == 0 {
		return nil, noArticlesError(dir)
	}
	return arts, nil
}

// markers writes citations as "[FP ¶7] [AP ¶2]".
func markers(cites []footnote.Citation, labels map[string]string) string {
	parts := make([]string, 0, len(cites))
	for _, c := range cites {
		parts = append(parts, footnote.Marker(labels[c.Doc], c.Paragraph))
	}
	return strings.Join(parts, " ")
}

// writeJSON writes v as one line of JSON; what names it in an error.
func writeJSON(w io.Writer, v any, what string) error {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		return fmt.Errorf("write %s: %w", what, err)
	}
	return nil
}
