package main

import (
	"errors"
	"fmt"
	"io/fs"
)

// docsDirError explains a docs directory that cannot be read; a missing one
// is what a new user meets first, so it says how to fill one.
func docsDirError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w; add articles with 'footnote import PATH|URL', or set FOOTNOTE_DOCS_DIR", err)
	}
	return fmt.Errorf("%w (set FOOTNOTE_DOCS_DIR)", err)
}

// noArticlesError says that dir holds no article, and how to add some.
func noArticlesError(dir string) error {
	return fmt.Errorf("no articles in %s: add some with 'footnote import PATH|URL' or as Markdown files with front matter, or set FOOTNOTE_DOCS_DIR", dir)
}
