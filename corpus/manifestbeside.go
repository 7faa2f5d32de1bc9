package corpus

import (
	"os"
	"path/filepath"
)

// minBesideShare is the share of a directory's pages that a manifest kept
// beside the directory (in its parent) must list for the importer to read
// it unasked: a crawl is often stored as a folder of pages with its
// index.tsv next to the folder (raw/ and index.tsv), and that manifest
// names the folder's own files; a parent's manifest listing few of them
// belongs to another crawl. Half trades a manifest that lists most of a
// folder whose later pages it lacks (read) against one that happens to
// share a file name or two (ignored); on the coverage crawl it lists all 80.
const minBesideShare = 0.5

// manifestBeside returns the path of the manifest kept beside the
// directory dir (ManifestName in its parent) when it lists at least
// minBesideShare of the pages among entries, or "" for none. The
// directory's own manifest is read first; this is for a directory that
// has none.
func manifestBeside(dir string, entries []os.DirEntry) (string, Manifest) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", nil
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return "", nil
	}
	p := filepath.Join(parent, ManifestName)
	if !fileExists(p) {
		return "", nil
	}
	pages, listed := 0, 0
	var m Manifest
	for _, e := range entries {
		if e.IsDir() || pageKind(e.Name()) == "" {
			continue
		}
		pages++
		if m == nil {
			if m, err = ReadManifest(p); err != nil {
				return "", nil // not a manifest: a file of another kind
			}
		}
		if _, ok := m[e.Name()]; ok {
			listed++
		}
	}
	if pages == 0 || float64(listed) < minBesideShare*float64(pages) {
		return "", nil
	}
	return p, m
}
