package retrieval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/atomicfile"
	"github.com/footnote-bot/footnote/internal/filecap"
)

// The store keeps each index generation in its own directory under
// <data dir>/index and names the live one in the file CURRENT:
//
//	index/CURRENT              "gen-1732520000000000000-4242\n"
//	index/gen-…/manifest.json  articles without their paragraphs, hashes, embedder
//	index/gen-…/index.bin      paragraphs, chunks, lexicon and vectors (see codec.go)
//
// A reindex writes a new generation in a temporary directory, syncs it,
// renames it to gen-…, then replaces CURRENT by writing CURRENT.tmp and
// renaming it over CURRENT, holding a lock on index/LOCK from the rename to
// the pruning of old generations. A rename is atomic, so a process killed at any
// instant leaves CURRENT naming the old whole generation or the new whole
// one, never a mix; the files of a generation need not be written
// atomically because nothing reads a generation before CURRENT names it.

const (
	// storeVersion is the layout of a generation's files. 2: one binary
	// index.bin (chunks, postings, quantised vectors) instead of
	// chromem-go's vectors.gob, and nothing re-analysed on load.
	storeVersion = 2
	// indexFormat changes whenever chunking or analysis changes what is
	// indexed; a stored index of another format is rebuilt (reusing the
	// vectors of unchanged texts). 4: each article analysed in its
	// language, which an older manifest may lack.
	indexFormat  = 4
	currentFile  = "CURRENT"
	manifestFile = "manifest.json"
	vectorsFile  = "index.bin"
	// keepGenerations old generations (the previous live one) are kept
	// after a swap, so that a process that read CURRENT just before the
	// swap can still load.
	keepGenerations = 1
	// maxCurrentBytes caps the read of CURRENT, which names one generation
	// in a few dozen bytes; more is not a file Footnote wrote.
	maxCurrentBytes = 4 << 10
	// maxManifestBytes caps the read of a manifest, which holds the
	// articles' titles, dates and links (their paragraphs are in the index
	// file): far above any corpus the loader admits, it only keeps a
	// corrupted or foreign file from exhausting memory.
	maxManifestBytes = 256 << 20
	// maxVectorsBytes caps the index file: room for MaxChunks chunks with a
	// server's 3072-dimension embeddings (a byte a value) and their text,
	// and no more.
	maxVectorsBytes = 1 << 30
)

// manifest describes one generation.
type manifest struct {
	Version    int                `json:"version"`
	Format     int                `json:"format"`
	Embedder   string             `json:"embedder"`
	Dim        int                `json:"dim"`
	ChunkWords int                `json:"chunk_words"`
	Created    time.Time          `json:"created"`
	Articles   []footnote.Article `json:"articles"`
}

// ErrOldIndex wraps the error for a generation stored by an older
// Footnote in another layout; it is rebuilt (which re-embeds every chunk).
var ErrOldIndex = errors.New("index stored in an older format")

// Step names a point in writing a generation; tests inject faults there.
type Step string

// The steps of writing a generation, in order.
const (
	StepVectors  Step = "vectors-written"
	StepManifest Step = "manifest-written"
	StepRenamed  Step = "generation-renamed"
	StepCurrent  Step = "current-tmp-written"
	StepSwapped  Step = "current-swapped"
)

func indexDir(dataDir string) string { return filepath.Join(dataDir, "index") }

// writeGeneration writes a whole generation and makes it current. fault,
// if not nil, is called after each step; an error from it aborts the write
// as a crash would.
func writeGeneration(dataDir string, m manifest, writeIndex func(*bufio.Writer) error, fault func(Step) error) (string, error) {
	dir := indexDir(dataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create index directory: %w", err)
	}
	tmp, err := os.MkdirTemp(dir, "tmp-")
	if err != nil {
		return "", fmt.Errorf("create temporary generation: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			os.RemoveAll(tmp)
		}
	}()
	step := func(s Step) error {
		if fault != nil {
			return fault(s)
		}
		return nil
	}
	if err := writeFileSync(filepath.Join(tmp, vectorsFile), writeIndex); err != nil {
		return "", fmt.Errorf("write index file: %w", err)
	}
	if err := step(StepVectors); err != nil {
		return "", err
	}
	// The paragraphs are in the index file.
	m.Articles = slices.Clone(m.Articles)
	for i := range m.Articles {
		m.Articles[i].Paragraphs = nil
	}
	if err := writeFileSync(filepath.Join(tmp, manifestFile), func(w *bufio.Writer) error {
		return json.NewEncoder(w).Encode(m)
	}); err != nil {
		return "", fmt.Errorf("write manifest: %w", err)
	}
	if err := atomicfile.SyncDir(tmp); err != nil {
		return "", err
	}
	if err := step(StepManifest); err != nil {
		return "", err
	}
	// From here to the pruning, one writer at a time: processes sharing the
	// data directory (shards) must not swap or prune under each other.
	unlock, err := lockDir(dir)
	if err != nil {
		return "", fmt.Errorf("lock index directory: %w", err)
	}
	defer unlock()
	previous := ""
	if b, err := filecap.ReadFile(filepath.Join(dir, currentFile), maxCurrentBytes); err == nil {
		previous = strings.TrimSpace(string(b))
	}
	gen := fmt.Sprintf("gen-%d-%d", time.Now().UnixNano(), os.Getpid())
	if err := os.Rename(tmp, filepath.Join(dir, gen)); err != nil {
		return "", fmt.Errorf("rename generation: %w", err)
	}
	committed = true
	if err := atomicfile.SyncDir(dir); err != nil {
		return "", err
	}
	if err := step(StepRenamed); err != nil {
		return "", err
	}
	cur := filepath.Join(dir, currentFile)
	ctmp, err := os.CreateTemp(dir, currentFile+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", currentFile, err)
	}
	ctmp.Close()
	defer os.Remove(ctmp.Name()) // gone after the rename; cleans up a failure
	if err := writeFileSync(ctmp.Name(), func(w *bufio.Writer) error {
		_, err := w.WriteString(gen + "\n")
		return err
	}); err != nil {
		return "", fmt.Errorf("write %s: %w", currentFile, err)
	}
	if err := step(StepCurrent); err != nil {
		return "", err
	}
	if err := os.Rename(ctmp.Name(), cur); err != nil {
		return "", fmt.Errorf("swap %s: %w", currentFile, err)
	}
	if err := atomicfile.SyncDir(dir); err != nil {
		return "", err
	}
	if err := step(StepSwapped); err != nil {
		return "", err
	}
	pruneGenerations(dir, gen, previous)
	return gen, nil
}

// readGeneration loads the current generation. It returns os.ErrNotExist
// (wrapped) when there is none, and ErrOldIndex (wrapped) for one of an
// older layout.
func readGeneration(dataDir string) (manifest, snapshotData, string, error) {
	dir := indexDir(dataDir)
	b, err := filecap.ReadFile(filepath.Join(dir, currentFile), maxCurrentBytes)
	if err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("read %s: %w", currentFile, err)
	}
	gen := strings.TrimSpace(string(b))
	if gen == "" || strings.ContainsAny(gen, `/\`) || !strings.HasPrefix(gen, "gen-") {
		return manifest{}, snapshotData{}, "", fmt.Errorf("%s names no generation: %q", currentFile, gen)
	}
	gdir := filepath.Join(dir, gen)
	var m manifest
	mb, err := filecap.ReadFile(filepath.Join(gdir, manifestFile), maxManifestBytes)
	if err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("read manifest of %s: %w", gen, err)
	}
	if err := json.Unmarshal(mb, &m); err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("decode manifest of %s: %w", gen, err)
	}
	mb = nil // let the manifest's bytes go before the index file comes in
	if m.Version < storeVersion {
		return manifest{}, snapshotData{}, "", fmt.Errorf("%w: %s has layout %d, this Footnote reads layout %d", ErrOldIndex, gen, m.Version, storeVersion)
	}
	if m.Version != storeVersion {
		return manifest{}, snapshotData{}, "", fmt.Errorf("index %s has version %d, want %d", gen, m.Version, storeVersion)
	}
	f, err := filecap.Open(filepath.Join(gdir, vectorsFile), maxVectorsBytes)
	if err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("open index file of %s: %w", gen, err)
	}
	defer f.Close()
	size, err := f.Seek(0, io.SeekEnd)
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("open index file of %s: %w", gen, err)
	}
	d, err := decodeIndex(f, size, m.Articles)
	if err != nil {
		return manifest{}, snapshotData{}, "", fmt.Errorf("load %s: %w", gen, err)
	}
	return m, d, gen, nil
}

// pruneGenerations removes, under the directory lock, every generation
// but the current one and the previous live one (kept for a process that
// read CURRENT just before the swap): older ones, and those left by a
// writer that crashed between renaming its generation and swapping
// CURRENT. Temporary files and directories go after an hour.
func pruneGenerations(dir, current, previous string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "tmp-") || strings.HasPrefix(name, currentFile+".tmp-"):
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
				os.RemoveAll(filepath.Join(dir, name))
			}
		case strings.HasPrefix(name, "gen-") && name != current && name != previous:
			os.RemoveAll(filepath.Join(dir, name))
		}
	}
}

func writeFileSync(path string, write func(*bufio.Writer) error) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
