package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/footnote-bot/footnote/internal/atomicfile"
	"github.com/footnote-bot/footnote/internal/filecap"
	"github.com/footnote-bot/footnote/text"
)

// Status is what became of one input of an import.
type Status int

// The outcomes of importing one input.
const (
	// Written: a new article, or one replaced with --force.
	Written Status = iota
	// Unchanged: the same bytes were imported before; nothing was written.
	Unchanged
	// Duplicate: the story is already in the corpus under another article,
	// which now lists this page among its copies.
	Duplicate
	// Skipped: the input is not something to import (and why is said).
	Skipped
	// Failed: the input could not be read or turned into an article.
	Failed
	// Listed: a crawl's manifest, read for its pages' links and outlets.
	Listed
)

// Outcome is the result of importing one input.
type Outcome struct {
	Input  string
	Status Status
	ID     string // the article written, or the one this is a copy of
	Draft  Draft  // what was written (Written)
	Reason string // why it was skipped
	Err    error  // why it failed
	Pages  int    // pages a manifest lists (Listed)
}

// String is the one line a user reads about the input.
func (o Outcome) String() string {
	switch o.Status {
	case Written:
		date, lang := o.Draft.Published, o.Draft.Language
		if date == "" {
			date = "no date"
		}
		if lang == "" {
			lang = "language unknown"
		}
		return fmt.Sprintf("%s: wrote %s: %q, %s, %s, %s", o.Input, o.ID, o.Draft.Title, date, lang, text.Count(len(o.Draft.Paragraphs), "paragraph", "paragraphs"))
	case Unchanged:
		return fmt.Sprintf("%s: unchanged: %s already holds these bytes", o.Input, o.ID)
	case Duplicate:
		return fmt.Sprintf("%s: duplicate of %s", o.Input, o.ID)
	case Skipped:
		return fmt.Sprintf("%s: skipped: %s", o.Input, o.Reason)
	case Listed:
		return fmt.Sprintf("%s: manifest: links and outlets of %s", o.Input, text.Count(o.Pages, "page", "pages"))
	}
	err := o.Err
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == o.Input {
		err = pe.Err // the line names the input already
	}
	return fmt.Sprintf("%s: error: %v", o.Input, err)
}

// Fetcher fetches a URL's body and content type; see URLFetcher.
type Fetcher interface {
	Fetch(ctx context.Context, rawURL string) (body []byte, contentType string, err error)
}

// Importer imports pages into a docs directory: files, directories of
// them, and URLs through Fetch (nil refuses URLs).
type Importer struct {
	Dir   string
	Force bool
	Fetch Fetcher
	// Options supply what pages lack (a URL, a date); given with a single
	// input only.
	Options ImportOptions
	// Manifest gives pages their links and outlets by file name (see
	// ReadManifest); a directory's own ManifestName adds to it.
	Manifest Manifest

	langs    *text.Detector
	articles []known
	ids      map[string]bool   // every article ID in the directory
	urls     map[string]string // each article's URL, by ID
	dates    []string          // the articles' publication dates
}

// known is an article in the docs directory or written by this import.
type known struct {
	id         string
	hash       string
	sig        Signature
	paragraphs []string
	story      *storyText // made from paragraphs when first compared
}

// tells reports whether the article tells all a page of these paragraphs
// does (see storyText.addsNothing); the word runs are indexed only for an
// article whose signature makes it a candidate.
func (k *known) tells(sig Signature, paragraphs []string) bool {
	if k.sig.Holds(sig) < copyCandidate {
		return false
	}
	if k.story == nil {
		s := newStoryText(k.paragraphs)
		k.story = &s
	}
	return k.story.addsNothing(paragraphs)
}

var slugUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

// maxSlug bounds an ID made from a URL, in bytes: long enough to keep a
// path's telling words, short enough for a file name and a source list.
const maxSlug = 80

// Import imports every input in order and returns one outcome per page
// (a directory gives one per file in it). A failing input never stops the
// others, and each article is written whole or not at all. Pages are read
// and cleaned first and written after, so that a crawler's date on one
// page is checked against the dates all the others show.
func (im *Importer) Import(ctx context.Context, inputs []string) ([]Outcome, error) {
	if err := im.load(); err != nil {
		return nil, err
	}
	var b batch
	err := im.read(ctx, inputs, &b)
	im.checkCrawlDates(b.pages)
	for _, p := range fullestFirst(b.pages) {
		b.out[p.slot] = im.write(p)
	}
	return b.out, err
}

// fullestFirst orders pages for writing by the length of their text,
// longest first (in input order among equals), so that of two versions of
// a story the one that tells more is the article and the other, when it
// adds nothing, its copy, whatever order the inputs came in.
func fullestFirst(pages []prepared) []prepared {
	out := append([]prepared(nil), pages...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].signed.n > out[j].signed.n })
	return out
}

// batch is an import under way: an outcome slot per input page, and the
// pages read and cleaned that wait to be written into their slots.
type batch struct {
	out   []Outcome
	pages []prepared
}

// prepared is a page read and cleaned, not yet written.
type prepared struct {
	slot   int
	input  string
	id     string
	hash   string
	draft  Draft
	signed Signature
}

// add records the outcome of a page, or leaves its slot to be filled
// when the page is written.
func (b *batch) add(o Outcome, p *prepared) {
	if p != nil {
		p.slot = len(b.out)
		b.pages = append(b.pages, *p)
	}
	b.out = append(b.out, o)
}

// read reads and cleans every input page into b.
func (im *Importer) read(ctx context.Context, inputs []string, b *batch) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		if lower := strings.ToLower(in); strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
			b.add(im.importURL(ctx, in))
			continue
		}
		info, err := os.Stat(in)
		if err != nil {
			if scheme, _, ok := strings.Cut(in, "://"); ok && errors.Is(err, fs.ErrNotExist) {
				// file:///etc/passwd, ftp://…: a link, not a path.
				err = fmt.Errorf("%w: %s:// links are not fetched, only http:// and https:// ones", ErrFetch, scheme)
			}
			b.add(Outcome{Input: in, Status: Failed, Err: err}, nil)
			continue
		}
		if !info.IsDir() {
			b.add(im.importFile(in, im.Manifest))
			continue
		}
		entries, err := os.ReadDir(in)
		if err != nil {
			b.add(Outcome{Input: in, Status: Failed, Err: err}, nil)
			continue
		}
		list := im.Manifest
		if p := filepath.Join(in, ManifestName); fileExists(p) {
			m, err := ReadManifest(p)
			if err != nil {
				b.add(Outcome{Input: p, Status: Failed, Err: err}, nil)
			} else {
				b.add(Outcome{Input: p, Status: Listed, Pages: len(m)}, nil)
				list = m.under(im.Manifest)
			}
		}
		for _, e := range entries {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("import: %w", err)
			}
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			path := filepath.Join(in, name)
			if e.IsDir() {
				// Said, so that pages one level down are not thought imported.
				b.add(Outcome{Input: path, Status: Skipped, Reason: "a directory inside one (import it by name)"}, nil)
				continue
			}
			if name == ManifestName {
				continue // read above
			}
			if pageKind(name) == "" {
				b.add(Outcome{Input: path, Status: Skipped, Reason: "not a .txt or .html page"}, nil)
				continue
			}
			b.add(im.importFile(path, list))
		}
	}
	return nil
}

// fileExists reports a regular file at path.
func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// checkCrawlDates dates the pages whose only date is a crawler's prefix
// that their text neither supports nor contradicts, when another article
// (already in the directory, or in this import) shows a date near it.
func (im *Importer) checkCrawlDates(pages []prepared) {
	others := append([]string(nil), im.dates...)
	for _, p := range pages {
		if p.draft.Published != "" {
			others = append(others, p.draft.Published)
		}
	}
	for i := range pages {
		d := &pages[i].draft
		if d.Published == "" && d.crawlDate != "" && nearDate(d.crawlDate, others) {
			d.Published = d.crawlDate
		}
		if d.Published == "" && d.crawlMonth != "" && nearMonth(d.crawlMonth, others) {
			d.PublishedMonth = d.crawlMonth
		}
	}
}

// pageKind is "text" or "html" from a file name, "" for other files.
func pageKind(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	return ""
}

func (im *Importer) importFile(path string, list Manifest) (Outcome, *prepared) {
	kind := pageKind(path)
	if kind == "" {
		return Outcome{Input: path, Status: Skipped, Reason: "not a .txt or .html page"}, nil
	}
	limit := int64(MaxDocBytes)
	if kind == "html" {
		limit = MaxHTMLBytes
	}
	raw, err := filecap.ReadFile(path, limit)
	if err != nil {
		return Outcome{Input: path, Status: Failed, Err: err}, nil
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return im.prepare(path, id, kind, raw, list.options(path, im.Options))
}

func (im *Importer) importURL(ctx context.Context, rawURL string) (Outcome, *prepared) {
	if im.Fetch == nil {
		return Outcome{Input: rawURL, Status: Skipped, Reason: "fetching URLs is not enabled"}, nil
	}
	body, ctype, err := im.Fetch.Fetch(ctx, rawURL)
	if err != nil {
		return Outcome{Input: rawURL, Status: Failed, Err: err}, nil
	}
	kind := "html"
	if strings.HasPrefix(ctype, "text/plain") {
		kind = "text"
	}
	id := im.uniqueSlug(rawURL)
	im.ids[id], im.urls[id] = true, rawURL // taken before the page is written
	opts := im.Options
	opts.URL = rawURL
	return im.prepare(rawURL, id, kind, body, opts)
}

// uniqueSlug is the URL's slug, or the slug with "-2", "-3" … when an
// article of another URL already has it: a URL always gets the same ID,
// and two URLs never share one.
func (im *Importer) uniqueSlug(rawURL string) string {
	base := urlSlug(rawURL)
	id := base
	for n := 2; im.ids[id] && im.urls[id] != rawURL; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// urlSlug makes an article ID from a URL's host and path.
func urlSlug(rawURL string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(rawURL, "https://"), "http://")
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, filepath.Ext(s))
	s = strings.Trim(slugUnsafe.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > maxSlug {
		s = strings.Trim(s[len(s)-maxSlug:], "-")
	}
	if s == "" {
		s = "page"
	}
	return s
}

// prepare reads and cleans one page; it returns the outcome when the page
// ends here (the same bytes as an article, or a page that cannot be
// imported), else the page to write.
func (im *Importer) prepare(input, id, kind string, raw []byte, opts ImportOptions) (Outcome, *prepared) {
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	if k, ok := im.sameBytes(hash); ok {
		return Outcome{Input: input, Status: Unchanged, ID: k}, nil
	}
	opts.Source = id
	var d Draft
	var err error
	if kind == "html" {
		d, err = ImportHTML(raw, opts, im.langs)
	} else {
		d, err = ImportText(raw, opts, im.langs)
	}
	if err != nil {
		return Outcome{Input: input, Status: Failed, Err: err}, nil
	}
	d.SourceHash = hash
	return Outcome{Input: input}, &prepared{input: input, id: id, hash: hash, draft: d, signed: NewSignature(d.Paragraphs)}
}

// sameBytes returns the article imported from these bytes, unless --force.
func (im *Importer) sameBytes(hash string) (string, bool) {
	for _, k := range im.articles {
		if k.hash == hash && !im.Force {
			return k.id, true
		}
	}
	return "", false
}

// write writes a prepared page as an article, or records it as a copy of
// the article that already covers it.
func (im *Importer) write(p prepared) Outcome {
	input, id, d, sig := p.input, p.id, p.draft, p.signed
	if k, ok := im.sameBytes(p.hash); ok {
		return Outcome{Input: input, Status: Unchanged, ID: k}
	}
	for i := range im.articles {
		k := &im.articles[i]
		if k.id != id && k.tells(sig, d.Paragraphs) {
			if err := im.addCopy(k.id, Copy{ID: id, Publication: d.Publication, URL: d.URL, Published: d.Published}); err != nil {
				return Outcome{Input: input, Status: Failed, Err: err}
			}
			return Outcome{Input: input, Status: Duplicate, ID: k.id}
		}
	}
	dst := filepath.Join(im.Dir, id+".md")
	md := d.Markdown()
	if _, err := Parse(dst, id, md); err != nil {
		return Outcome{Input: input, Status: Failed, Err: err}
	}
	err := atomicfile.Write(dst, 0o644, im.Force, func(w io.Writer) error {
		_, err := w.Write(md)
		return err
	})
	if errors.Is(err, os.ErrExist) {
		return Outcome{Input: input, Status: Skipped, Reason: fmt.Sprintf("%s exists with other content; use --force to replace it", dst)}
	}
	if err != nil {
		return Outcome{Input: input, Status: Failed, Err: err}
	}
	im.forget(id)
	im.articles = append(im.articles, known{id: id, hash: p.hash, sig: sig, paragraphs: d.Paragraphs})
	im.ids[id] = true
	im.urls[id] = d.URL
	return Outcome{Input: input, Status: Written, ID: id, Draft: d}
}

// addCopy records a copy in an article's front matter, once.
func (im *Importer) addCopy(id string, c Copy) error {
	path := filepath.Join(im.Dir, id+".md")
	data, err := filecap.ReadFile(path, MaxDocBytes)
	if err != nil {
		return fmt.Errorf("read %s to record a copy: %w", path, err)
	}
	d, err := readDraft(data)
	if err != nil {
		return fmt.Errorf("read %s to record a copy: %w", path, err)
	}
	for _, have := range d.Copies {
		if have.ID == c.ID {
			return nil
		}
	}
	d.Copies = append(d.Copies, c)
	return atomicfile.Write(path, 0o644, true, func(w io.Writer) error {
		_, err := w.Write(d.Markdown())
		return err
	})
}

// forget drops an article about to be replaced from the known ones.
func (im *Importer) forget(id string) {
	kept := im.articles[:0]
	for _, k := range im.articles {
		if k.id != id {
			kept = append(kept, k)
		}
	}
	im.articles = kept
}

// load reads the articles already in the docs directory: their source
// hashes and signatures. Documents that do not parse are left to
// `footnote docs` to report.
func (im *Importer) load() error {
	im.langs = text.NewDetector()
	im.ids = map[string]bool{}
	im.urls = map[string]string{}
	im.articles = nil
	im.dates = nil
	entries, err := os.ReadDir(im.Dir)
	if err != nil {
		return fmt.Errorf("read docs directory: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			continue
		}
		id := strings.TrimSuffix(name, ".md")
		im.ids[id] = true
		data, err := filecap.ReadFile(filepath.Join(im.Dir, name), MaxDocBytes)
		if err != nil {
			continue
		}
		d, err := readDraft(data)
		if err != nil {
			continue
		}
		im.urls[id] = d.URL
		if d.Published != "" {
			im.dates = append(im.dates, d.Published)
		}
		im.articles = append(im.articles, known{id: id, hash: d.SourceHash, sig: NewSignature(d.Paragraphs), paragraphs: d.Paragraphs})
	}
	return nil
}
