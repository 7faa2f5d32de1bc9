package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/footnote-bot/footnote"
)

// LoadDir parses every *.md file directly inside dir. A malformed document
// is skipped and reported in errs; it never takes the other articles down.
// Articles are returned sorted by ID. err is set only when dir itself cannot
// be read.
func LoadDir(dir string) (articles []footnote.Article, errs []error, err error) {
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS is LoadDir over a file system; prefix is prepended to file names in
// errors.
func LoadFS(fsys fs.FS, prefix string) (articles []footnote.Article, errs []error, err error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("read docs directory: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			continue
		}
		display := path.Join(prefix, name)
		info, ierr := e.Info()
		if ierr == nil && info.Size() > MaxDocBytes {
			errs = append(errs, &Error{File: display, Msg: fmt.Sprintf("document is %d bytes, over the %d-byte cap", info.Size(), MaxDocBytes)})
			continue
		}
		data, rerr := fs.ReadFile(fsys, name)
		if rerr != nil {
			errs = append(errs, &Error{File: display, Msg: "cannot read: " + rerr.Error(), Err: rerr})
			continue
		}
		a, perr := Parse(display, strings.TrimSuffix(name, ".md"), data)
		if perr != nil {
			errs = append(errs, perr)
			continue
		}
		articles = append(articles, a)
	}
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	return articles, errs, nil
}
