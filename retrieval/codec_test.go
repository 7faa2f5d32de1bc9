package retrieval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/internal/synth"
)

// currentGeneration returns the directory of the live generation.
func currentGeneration(t *testing.T, dir string) string {
	t.Helper()
	cur, err := os.ReadFile(filepath.Join(dir, "index", currentFile))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "index", strings.TrimSpace(string(cur)))
}

// A stored index answers exactly as the index that was built: the same
// passages, the same scores, the same paragraphs and the same word
// statistics, and its chunks are the built ones; on the test articles and
// on a generated corpus with long paragraphs cut into pieces.
func TestStoredIndexAnswersAsBuilt(t *testing.T) {
	long := synth.Articles(3, 4, 7)
	for i := range long {
		for j := 1; j < len(long[i].Paragraphs); j++ {
			p := &long[i].Paragraphs[j]
			p.Text = strings.Repeat(p.Text+" ", 12) // past DefaultChunkWords: several pieces
		}
	}
	for name, arts := range map[string]int{"articles": 0, "long": 1} {
		t.Run(name, func(t *testing.T) {
			as := loadArticles(t)
			if arts == 1 {
				as = long
			}
			dir := t.TempDir()
			built := newIndex(t, dir, as)
			loaded := newIndex(t, dir, nil)
			if !loaded.Ready() {
				t.Fatal("the stored index was not loaded")
			}
			if !reflect.DeepEqual(loaded.Articles(), built.Articles()) {
				t.Fatal("the loaded articles differ from the built ones")
			}
			for _, q := range []string{"Who overruled Haley?", "Which minister rejected the border plan in Geneva?", "Hungary quits the pact", "Poland migration"} {
				want, err1 := built.Retrieve(context.Background(), q, 5)
				got, err2 := loaded.Retrieve(context.Background(), q, 5)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: loaded %v (%v), built %v (%v)", q, got, err2, want, err1)
				}
				for _, s := range built.Stems(q) {
					if loaded.Weight(s) != built.Weight(s) || !reflect.DeepEqual(loaded.Matches(s), built.Matches(s)) {
						t.Fatalf("%q: stem %q weighs %v loaded, %v built", q, s, loaded.Weight(s), built.Weight(s))
					}
				}
			}
			// The chunks came back whole: rebuilding from the loaded index
			// reuses every vector.
			st, err := loaded.Build(context.Background(), as)
			if err != nil || st.Embedded != 0 {
				t.Fatalf("rebuild from the loaded index embedded %d chunks (%v)", st.Embedded, err)
			}
		})
	}
}

// A generation written by an older Footnote (layout 1: chromem-go's gob)
// is not read; it is reported as such and rebuilt.
func TestOldLayoutIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	newIndex(t, dir, arts)
	gen := currentGeneration(t, dir)
	mf := filepath.Join(gen, manifestFile)
	b, err := os.ReadFile(mf)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["version"] = 1
	b, _ = json.Marshal(m)
	if err := os.WriteFile(mf, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := readGeneration(dir); !errors.Is(err, ErrOldIndex) || !strings.Contains(err.Error(), "layout 1") {
		t.Fatalf("read an old layout: %v", err)
	}
	var log bytes.Buffer
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "local-test", Analyzer: an,
		Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil || ix.Ready() {
		t.Fatalf("an old layout was loaded: %v", err)
	}
	if !strings.Contains(log.String(), "older format") || !strings.Contains(log.String(), "rebuilt") {
		t.Fatalf("no rebuild message: %s", log.String())
	}
	if _, built, err := ix.Sync(context.Background(), arts); err != nil || !built {
		t.Fatalf("rebuild: built=%v err=%v", built, err)
	}
	if ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1); err != nil || ps[0].N != 7 {
		t.Fatalf("after rebuild: %v %v", nums(ps), err)
	}
}

// Any change to the index file's bytes, or a file cut short, is caught
// (a checksum, bounds on every count) and the index rebuilt, never
// misread.
func TestDamagedIndexFileIsNotLoaded(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticles(t)
	newIndex(t, dir, arts)
	path := filepath.Join(currentGeneration(t, dir), vectorsFile)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damage := map[string][]byte{
		"cut short":     orig[:len(orig)/2],
		"empty":         nil,
		"byte flipped":  flip(orig, len(orig)/3),
		"count changed": flip(orig, 8),
		"trailing data": append(bytes.Clone(orig), 0),
	}
	for name, b := range damage {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if ix := newIndex(t, dir, nil); ix.Ready() {
				t.Fatal("a damaged index file was loaded")
			}
		})
	}
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x40
	return c
}
