package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/footnote-bot/footnote/corpus"
)

// docsSource adds articles to the docs directory from links and removes
// them, for the bot's /source; the bot reindexes after each change.
type docsSource struct {
	dir   string
	fetch corpus.Fetcher
}

// Import fetches rawURL through the safe fetcher and imports it: the
// outcome's line with the outlet, or an error naming the URL when nothing
// was added (not a link, refused address, too big, timed out, not an
// article).
func (d docsSource) Import(ctx context.Context, rawURL string) (string, error) {
	if !strings.HasPrefix(rawURL, "http://") && !strings.HasPrefix(rawURL, "https://") {
		return "", fmt.Errorf("%s: not an http or https link", rawURL)
	}
	im := &corpus.Importer{Dir: d.dir, Fetch: d.fetch}
	outs, err := im.Import(ctx, []string{rawURL})
	if err != nil {
		return "", fmt.Errorf("import %s: %w", rawURL, err)
	}
	if len(outs) != 1 {
		return "", fmt.Errorf("import %s: %d outcomes for one link", rawURL, len(outs))
	}
	o := outs[0]
	switch o.Status {
	case corpus.Failed:
		return "", fmt.Errorf("%s: %w", rawURL, o.Err)
	case corpus.Skipped:
		return "", errors.New(o.String())
	case corpus.Written:
		if p := strings.TrimSpace(o.Draft.Publication); p != "" {
			return o.String() + ", from " + p, nil
		}
	}
	return o.String(), nil
}

// Remove deletes the article id: only the file id.md directly in the docs
// directory, never a path elsewhere nor a symbolic link.
func (d docsSource) Remove(_ context.Context, id string) (string, error) {
	if id == "" || id == "." || id == ".." || strings.ContainsAny(id, `/\`) || filepath.Base(id) != id || strings.HasPrefix(id, ".") {
		return "", fmt.Errorf("no article %q: an article is named by its ID, a file name without a folder", id)
	}
	name := id + ".md"
	path := filepath.Join(d.dir, name)
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("no article %q in the docs directory", id)
	case err != nil:
		return "", fmt.Errorf("remove article %q: %w", id, err)
	case !info.Mode().IsRegular():
		return "", fmt.Errorf("remove article %q: %s is not a regular file", id, name)
	}
	if err := os.Remove(path); err != nil {
		return "", fmt.Errorf("remove article %q: %w", id, err)
	}
	return name, nil
}
