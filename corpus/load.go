package corpus

import (
	"fmt"
	"io"
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
		data, rerr := readCapped(fsys, name)
		if rerr != nil {
			errs = append(errs, &Error{File: display, Msg: rerr.Error(), Err: rerr})
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
	footnote.AssignLabels(articles)
	return articles, errs, nil
}

// readCapped reads a regular file (following a symlink) of at most
// MaxDocBytes. A FIFO, a device or an endless file is refused without
// reading more than the cap.
func readCapped(fsys fs.FS, name string) ([]byte, error) {
	// Stat (through any symlink) before opening: opening a FIFO would
	// block until something writes to it.
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	if info.Size() > MaxDocBytes {
		return nil, fmt.Errorf("document is %d bytes, over the %d-byte cap", info.Size(), MaxDocBytes)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxDocBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if len(data) > MaxDocBytes {
		return nil, fmt.Errorf("document is over the %d-byte cap", MaxDocBytes)
	}
	return data, nil
}
