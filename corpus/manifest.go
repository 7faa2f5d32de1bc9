package corpus

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/internal/filecap"
)

// ManifestName is the file name of a crawl's manifest inside a directory
// of pages: importing the directory reads it without being asked.
const ManifestName = "index.tsv"

// maxManifestBytes caps a manifest: a line per page, so a few megabytes
// list tens of thousands of pages, while a stray huge file is refused.
const maxManifestBytes = 4 << 20

// Manifest is what a crawl knows about its pages that a plain-text scrape
// does not show: each page's link and outlet, keyed by the page's file name.
type Manifest map[string]ManifestEntry

// ManifestEntry is one page of a manifest.
type ManifestEntry struct {
	URL    string
	Outlet string
}

// ReadManifest reads a crawl's manifest: tab-separated, a header row that
// names a "file" column and a "url" or "outlet" column (other columns are
// ignored). A row whose link is not http(s) keeps its outlet only.
func ReadManifest(path string) (Manifest, error) {
	data, err := filecap.ReadFile(path, maxManifestBytes)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	m, err := parseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// errNoManifest is a file whose header is not a manifest's.
var errNoManifest = errors.New(`not a manifest: the first row must name a "file" column and a "url" or "outlet" column, separated by tabs`)

func parseManifest(data []byte) (Manifest, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return nil, errNoManifest
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	fileCol, ok := col["file"]
	urlCol, hasURL := col["url"]
	outletCol, hasOutlet := col["outlet"]
	if !ok || !hasURL && !hasOutlet {
		return nil, errNoManifest
	}
	field := func(rec []string, i int, has bool) string {
		if !has || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	m := Manifest{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", len(m)+2, err)
		}
		name := filepath.Base(field(rec, fileCol, true))
		if name == "." || name == "" || strings.ContainsAny(name, `/\`) {
			continue // no page's name: "", ".", a bare "/"
		}
		e := ManifestEntry{Outlet: field(rec, outletCol, hasOutlet)}
		if u := field(rec, urlCol, hasURL); isWebLink(u) {
			e.URL = u
		}
		m[name] = e
	}
}

// isWebLink reports an absolute http(s) link with a host and no white
// space (url.Parse lets a space through in a path).
func isWebLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsFunc(s, unicode.IsSpace)
}

// options is what the manifest adds to a page's import options: its link
// and outlet, where the options given do not already say.
func (m Manifest) options(path string, opts ImportOptions) ImportOptions {
	e, ok := m[filepath.Base(path)]
	if !ok {
		return opts
	}
	if opts.URL == "" {
		opts.URL = e.URL
	}
	if opts.Publication == "" {
		opts.Publication = e.Outlet
	}
	return opts
}

// under is the manifest with the entries of over on top: a manifest given
// by the user wins over a directory's own.
func (m Manifest) under(over Manifest) Manifest {
	if len(over) == 0 {
		return m
	}
	out := make(Manifest, len(m)+len(over))
	for k, v := range m {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}
