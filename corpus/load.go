package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/filecap"
)

// LoadDir parses every *.md file directly inside dir. A malformed document
// is skipped and reported in errs; it never takes the other articles down.
// Articles are returned sorted by ID. err is set only when dir itself cannot
// be read or when the documents together pass MaxCorpusBytes or
// MaxCorpusParagraphs (wrapping ErrCorpusTooLarge): then none are returned,
// since which ones to leave out is for a person to decide.
func LoadDir(dir string) (articles []footnote.Article, errs []error, err error) {
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS is LoadDir over a file system; prefix is prepended to file names in
// errors.
func LoadFS(fsys fs.FS, prefix string) (articles []footnote.Article, errs []error, err error) {
	entries, err := fs.ReadDir(fsys, ".")
	bytes, paras := 0, 0
	if err != nil {
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			// os.DirFS names its root ".": name the directory instead.
			err = &fs.PathError{Op: pe.Op, Path: prefix, Err: pe.Err}
		}
		return nil, nil, fmt.Errorf("read docs directory: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			continue
		}
		display := path.Join(prefix, name)
		data, rerr := filecap.ReadFS(fsys, name, MaxDocBytes)
		if rerr != nil {
			msg := rerr.Error()
			if pe := (*fs.PathError)(nil); errors.As(rerr, &pe) {
				msg = "cannot read: " + pe.Err.Error() // the file is named by Error
			}
			errs = append(errs, &Error{File: display, Msg: msg, Err: rerr})
			continue
		}
		if bytes += len(data); bytes > MaxCorpusBytes {
			return nil, errs, fmt.Errorf("%w: %s takes the documents in %s over %d bytes; remove articles or split the corpus", ErrCorpusTooLarge, display, prefix, MaxCorpusBytes)
		}
		a, perr := Parse(display, strings.TrimSuffix(name, ".md"), data)
		if perr != nil {
			errs = append(errs, perr)
			continue
		}
		if paras += len(a.Paragraphs); paras > MaxCorpusParagraphs {
			return nil, errs, fmt.Errorf("%w: %s takes the documents in %s over %d paragraphs; remove articles or split the corpus", ErrCorpusTooLarge, display, prefix, MaxCorpusParagraphs)
		}
		articles = append(articles, a)
	}
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	footnote.AssignLabels(articles)
	return articles, errs, nil
}
