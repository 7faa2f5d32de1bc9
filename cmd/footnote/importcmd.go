package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/footnote-bot/footnote/corpus"
)

const importUsage = `
Usage: footnote import [flags] PATH|URL...

Imports pages into FOOTNOTE_DOCS_DIR: plain-text scrapes (.txt), HTML files
(.html, .htm), directories of them, and http(s) URLs. Each page is cleaned
(navigation, paywall and share chrome, captions, teasers and repeats
removed), dated, its language detected, and written as <name>.md, where
<name> is the file's name without its extension or a slug of the URL.
A page whose story is already in the corpus (the same text at another URL,
a wire copy) is recorded as a copy in that article's front matter instead.
Re-importing the same bytes changes nothing; --force replaces an article
of the same name. Each input gets one line: written, unchanged, duplicate
of, skipped (and why) or error. Every article is written whole or not at
all (a temporary file renamed into place); a symbolic link is refused.

A crawl's manifest gives plain-text scrapes the link and outlet they do
not show: a tab-separated file whose header names a "file" column and a
"url" and/or "outlet" column. A directory's own index.tsv is read without
being asked; --manifest names one kept elsewhere.

URLs are fetched with a timeout, a size cap and a redirect limit, never
from a loopback, private or link-local address unless
FOOTNOTE_FETCH_ALLOW_PRIVATE=true or --allow-private.

Flags:
`

// docsDirPerm is the mode of a docs directory import creates: readable by
// all (articles are public text), writable by the owner only.
const docsDirPerm = 0o755

func cmdImport(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("import", importUsage, stderr)
	var opts corpus.ImportOptions
	fs.StringVar(&opts.URL, "url", "", "the article's link (one input only)")
	fs.StringVar(&opts.Published, "date", "", "publication date, YYYY-MM-DD (one input only)")
	fs.StringVar(&opts.Publication, "publication", "", "publication name (one input only)")
	fs.StringVar(&opts.Author, "author", "", "author (one input only)")
	force := fs.Bool("force", false, "replace an article of the same name")
	manifest := fs.String("manifest", "", "a crawl's `index.tsv`: each page's link and outlet by file name")
	allowPrivate := fs.Bool("allow-private", set.App.FetchAllowPrivate, "let URLs reach loopback, private and link-local addresses")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("import takes one or more files, directories or URLs")
	}
	if opts != (corpus.ImportOptions{}) {
		if fs.NArg() != 1 {
			return usagef("--url, --date, --publication and --author apply to one page; got %d inputs", fs.NArg())
		}
		if info, err := os.Stat(fs.Arg(0)); err == nil && info.IsDir() {
			return usagef("--url, --date, --publication and --author apply to one page, not to the directory %s", fs.Arg(0))
		}
	}
	// A first import makes the docs directory ("footnote import" in a new
	// folder fills ./docs).
	if err := os.MkdirAll(set.App.DocsDir, docsDirPerm); err != nil {
		return fmt.Errorf("create docs directory: %w", err)
	}
	im := &corpus.Importer{Dir: set.App.DocsDir, Force: *force, Fetch: corpus.NewURLFetcher(*allowPrivate), Options: opts}
	if *manifest != "" {
		m, err := corpus.ReadManifest(*manifest)
		if err != nil {
			return usagef("%v", err)
		}
		im.Manifest = m
	}
	outcomes, err := im.Import(ctx, fs.Args())
	bad := 0
	for _, o := range outcomes {
		w := stdout
		if o.Status == corpus.Skipped || o.Status == corpus.Failed {
			w, bad = stderr, bad+1
		}
		fmt.Fprintln(w, o)
	}
	if err != nil {
		return err
	}
	if len(outcomes) == 0 {
		// Only empty folders were given.
		return usagef("nothing to import: no .txt or .html page in %s", strings.Join(fs.Args(), ", "))
	}
	if bad > 0 {
		if bad == len(outcomes) {
			return usagef("no input imported (%s)", tally(outcomes))
		}
		return usagef("%d of %d inputs not imported (%s); the others are in %s", bad, len(outcomes), tally(outcomes), set.App.DocsDir)
	}
	// After a page of lines, what happened in one.
	fmt.Fprintf(stderr, "Imported into %s: %s.\n", set.App.DocsDir, tally(outcomes))
	return nil
}

// tally counts outcomes by what happened to them, "3 written, 1 duplicate".
func tally(outcomes []corpus.Outcome) string {
	n := map[corpus.Status]int{}
	for _, o := range outcomes {
		n[o.Status]++
	}
	var parts []string
	for _, st := range []struct {
		status corpus.Status
		name   string
	}{{corpus.Written, "written"}, {corpus.Unchanged, "unchanged"}, {corpus.Duplicate, "duplicate"},
		{corpus.Skipped, "skipped"}, {corpus.Failed, "failed"}} {
		if n[st.status] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[st.status], st.name))
		}
	}
	if len(parts) == 0 {
		return "no page" // a manifest alone
	}
	return strings.Join(parts, ", ")
}
