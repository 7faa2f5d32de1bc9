package retrieval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
)

const docID = "trump-boycotts-un-migration-talks"

func loadArticle(t testing.TB) []footnote.Article {
	t.Helper()
	return loadDir(t, "../docs")
}

// loadArticles loads the test articles: the Foreign Policy one and two
// others on the same event (AP, Reuters).
func loadArticles(t testing.TB) []footnote.Article {
	t.Helper()
	return loadDir(t, "../testdata/articles")
}

func loadDir(t testing.TB, dir string) []footnote.Article {
	t.Helper()
	arts, errs, err := corpus.LoadDir(dir)
	if err != nil || len(errs) > 0 || len(arts) == 0 {
		t.Fatalf("load docs: %v %v", err, errs)
	}
	return arts
}

// countingEmbed wraps the local embedder and counts its calls.
func countingEmbed(an *Analyzer, calls *atomic.Int64) func(ctx context.Context, s string) ([]float32, error) {
	f := NewLocalEmbedding(an, LocalDim)
	return func(ctx context.Context, s string) ([]float32, error) {
		calls.Add(1)
		return f(ctx, s)
	}
}

func newIndex(t testing.TB, dir string, arts []footnote.Article) *Index {
	t.Helper()
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "local-test", Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	if arts != nil {
		if _, err := ix.Build(context.Background(), arts); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func TestRetrieveTopParagraph(t *testing.T) {
	ix := newIndex(t, "", loadArticles(t))
	const (
		ap      = "108-seattletimes-ap-poland"
		reuters = "078-reuters-in-hungary-quit"
	)
	tests := []struct {
		q    string
		doc  string
		want int
	}{
		{"Where was the migration conference held?", docID, 1},
		{"Who overruled Haley?", docID, 7}, // ¶7 says "She"; Haley is named in ¶6
		{"Who overuled Hailey?", docID, 7}, // misspelt
		{"Who is the author of the boycott story?", docID, 0},
		{"What is the headline about the boycott?", docID, 0},
		{"Who represented Tillerson?", docID, 5},
		{"Why did the Polish government reject the compact?", ap, 1},
		{"What did Szijjarto tell the news conference?", reuters, 2},
		{"Which countries expressed reservations about the compact?", ap, 8},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ps, err := ix.Retrieve(context.Background(), tt.q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 || ps[0].N != tt.want || ps[0].Doc != tt.doc {
				t.Fatalf("top passages %v, want %s ¶%d first", ps, tt.doc, tt.want)
			}
			for i := 1; i < len(ps); i++ {
				if ps[i].Score > ps[i-1].Score {
					t.Errorf("passages not sorted by score: %v", ps)
				}
			}
		})
	}
}

func nums(ps []footnote.Passage) []int {
	var out []int
	for _, p := range ps {
		out = append(out, p.N)
	}
	return out
}

func TestRetrieveMoreThanCollectionHolds(t *testing.T) {
	ix := newIndex(t, "", loadArticle(t))
	ps, err := ix.Retrieve(context.Background(), "migration talks", 100)
	if err != nil {
		t.Fatalf("asking for more passages than exist: %v", err)
	}
	if len(ps) == 0 || len(ps) > 13 {
		t.Fatalf("got %d passages", len(ps))
	}
	seen := map[int]bool{}
	for _, p := range ps {
		if seen[p.N] {
			t.Errorf("¶%d returned twice", p.N)
		}
		seen[p.N] = true
	}
}

func TestRetrieveEmptyIndex(t *testing.T) {
	ix := newIndex(t, t.TempDir(), nil)
	if _, err := ix.Retrieve(context.Background(), "anything", 3); err == nil {
		t.Fatal("an empty index answered")
	}
}

func TestNewRequiresEmbedder(t *testing.T) {
	if _, err := New(Options{EmbedderID: "x"}); !errors.Is(err, ErrNoEmbedder) {
		t.Fatalf("err = %v, want ErrNoEmbedder (chromem-go would silently call OpenAI)", err)
	}
	an := NewAnalyzer()
	if _, err := New(Options{Embed: NewLocalEmbedding(an, 8), EmbedderID: "x", ChunkWords: 5}); err == nil {
		t.Fatal("chunk size 5 accepted")
	}
}

func TestLongParagraphChunksKeepNumber(t *testing.T) {
	long := strings.Repeat("The envoy spoke about border policy at length. ", 60) + "The finale mentions zebras."
	a := footnote.Article{ID: "long", Title: "Long", Paragraphs: []footnote.Paragraph{
		{Doc: "long", N: 0, Text: "Long"}, {Doc: "long", N: 1, Text: "Intro."}, {Doc: "long", N: 2, Text: long}}}
	cs := chunkArticle(a, 50)
	n2 := 0
	for _, c := range cs {
		if c.N == 2 {
			n2++
			if w := len(strings.Fields(c.Index)); w > 50 {
				t.Errorf("chunk of %d words, cap 50", w)
			}
			if !strings.Contains(long, c.Index) {
				t.Errorf("chunk is not a piece of the paragraph: %q", c.Index)
			}
		}
	}
	if n2 < 2 {
		t.Fatalf("a 360-word paragraph gave %d chunks", n2)
	}
	an := NewAnalyzer()
	ix, err := New(Options{Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "t", Analyzer: an, ChunkWords: 50})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), []footnote.Article{a}); err != nil {
		t.Fatal(err)
	}
	ps, err := ix.Retrieve(context.Background(), "zebras", 5)
	if err != nil || len(ps) == 0 || ps[0].N != 2 || ps[0].Text != long {
		t.Fatalf("zebras: %v %v, want ¶2 with its whole text", nums(ps), err)
	}
}

func TestPersistAndReuseVectors(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	var calls atomic.Int64
	an := NewAnalyzer()
	open := func(id string) *Index {
		ix, err := New(Options{DataDir: dir, Embed: countingEmbed(an, &calls), EmbedderID: id, Analyzer: an})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	ix := open("e1")
	st, built, err := ix.Sync(context.Background(), arts)
	if err != nil || !built || st.Embedded != 13 || st.Paragraphs != 13 {
		t.Fatalf("first sync: %+v built=%v err=%v", st, built, err)
	}
	// A second process finds the stored index and embeds nothing.
	calls.Store(0)
	ix2 := open("e1")
	if !ix2.Fresh(arts) {
		t.Fatal("stored index not loaded")
	}
	if _, built, _ := ix2.Sync(context.Background(), arts); built || calls.Load() > 1 {
		t.Fatalf("unchanged docs rebuilt (built=%v, %d embeddings besides the dimension probe)", built, calls.Load()-1)
	}
	ps, err := ix2.Retrieve(context.Background(), "Who overruled Haley?", 1)
	if err != nil || ps[0].N != 7 {
		t.Fatalf("loaded index: %v %v", nums(ps), err)
	}
	// A new article: only it is embedded.
	extra := footnote.Article{ID: "zz-other", Title: "Other", Hash: "h2", Paragraphs: []footnote.Paragraph{
		{Doc: "zz-other", N: 0, Text: "Other"}, {Doc: "zz-other", N: 1, Text: "Penguins waddle on ice."}}}
	calls.Store(0)
	st, built, err = ix2.Sync(context.Background(), append(arts[:1:1], extra))
	if err != nil || !built || st.Embedded != 2 || calls.Load() != 2 {
		t.Fatalf("incremental: %+v built=%v calls=%d err=%v", st, built, calls.Load(), err)
	}
	// Another embedder: the stored vectors are not mixed in.
	ix3 := open("e2")
	if ix3.Ready() {
		t.Fatal("an index made by another embedder was loaded")
	}
}

func TestUnreadableGenerationIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	newIndex(t, dir, arts)
	cur, err := os.ReadFile(filepath.Join(dir, "index", currentFile))
	if err != nil {
		t.Fatal(err)
	}
	vec := filepath.Join(dir, "index", strings.TrimSpace(string(cur)), vectorsFile)
	if err := os.WriteFile(vec, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := newIndex(t, dir, nil)
	if ix.Ready() {
		t.Fatal("a corrupt generation was loaded")
	}
	if _, built, err := ix.Sync(context.Background(), arts); err != nil || !built {
		t.Fatalf("rebuild: built=%v err=%v", built, err)
	}
	if ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1); err != nil || ps[0].N != 7 {
		t.Fatalf("after rebuild: %v %v", nums(ps), err)
	}
}

func TestOldGenerationsPruned(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	ix := newIndex(t, dir, arts)
	for i := 0; i < 4; i++ {
		if _, err := ix.Build(context.Background(), arts); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "index"))
	gens := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "gen-") {
			gens++
		}
	}
	if gens != 1+keepGenerations {
		t.Fatalf("%d generations on disk after 5 builds, want %d", gens, 1+keepGenerations)
	}
}

func TestDimensionChangeRebuilds(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	open := func(dim int) *Index {
		an := NewAnalyzer()
		ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, dim), EmbedderID: "server:model", Analyzer: an})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	if _, built, err := open(64).Sync(context.Background(), arts); err != nil || !built {
		t.Fatalf("first: %v %v", built, err)
	}
	ix := open(128) // the same model name now answers with 128 dimensions
	if ix.Fresh(arts) {
		t.Fatal("an index of 64-dimension vectors counts as fresh for a 128-dimension embedder")
	}
	if _, built, err := ix.Sync(context.Background(), arts); err != nil || !built {
		t.Fatalf("rebuild: %v %v", built, err)
	}
	if ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1); err != nil || ps[0].N != 7 {
		t.Fatalf("after rebuild: %v %v", nums(ps), err)
	}
}

func TestParagraphWithoutWords(t *testing.T) {
	arts := loadArticle(t)
	odd := footnote.Article{ID: "odd", Title: "Odd", Hash: "x", Paragraphs: []footnote.Paragraph{
		{Doc: "odd", N: 0, Text: "Odd"}, {Doc: "odd", N: 1, Text: "* * *"}, {Doc: "odd", N: 2, Text: "It was."}, {Doc: "odd", N: 3, Text: "Penguins marched."}}}
	ix := newIndex(t, t.TempDir(), append(arts, odd))
	for q, want := range map[string]int{"Who overruled Haley?": 7, "penguins": 3} {
		if ps, err := ix.Retrieve(context.Background(), q, 1); err != nil || len(ps) == 0 || ps[0].N != want {
			t.Errorf("%s: %v %v", q, nums(ps), err)
		}
	}
}

// TestChangedParagraphReembedsOnlyItsChunks: editing ¶7 re-embeds ¶7 and
// ¶8 (whose context quotes ¶7), nothing else.
func TestChangedParagraphReembedsOnlyItsChunks(t *testing.T) {
	var calls atomic.Int64
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: t.TempDir(), Embed: countingEmbed(an, &calls), EmbedderID: "e", Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), loadArticle(t)); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Build(context.Background(), v2(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 2 {
		t.Errorf("re-embedded %d chunks after editing one paragraph, want 2 (it and the next, whose context quotes it)", st.Embedded)
	}
}

// TestBuildKeepsItsOwnArticles: a caller that edits its articles after a
// build (in place, as a long-running importer might) changes neither the
// paragraphs the index quotes nor, for any article, where they are held,
// which answerers take as the article's version.
func TestBuildKeepsItsOwnArticles(t *testing.T) {
	for _, dir := range []string{"../docs", "../testdata/articles"} {
		arts := loadDir(t, dir)
		ix := newIndex(t, "", arts)
		want, _ := ix.Paragraph(arts[0].ID, 1)
		arts[0].Paragraphs[1].Text = "EDITED AFTER THE BUILD"
		if got, _ := ix.Paragraph(arts[0].ID, 1); got.Text != want.Text || strings.Contains(got.Text, "EDITED") {
			t.Errorf("%s: ¶1 after the caller edited its copy: %q", dir, got.Text)
		}
		if &ix.Articles()[0].Paragraphs[0] == &arts[0].Paragraphs[0] {
			t.Errorf("%s: the index holds the caller's paragraphs", dir)
		}
	}
}

// TestNearMissIsOneEdit: a misspelt question word matches the articles'
// word one edit away ("overuled", "Szijarto"), and a real word two edits
// from one of theirs does not ("weather" is not the FP article's
// "whether"), on the three test articles.
func TestNearMissIsOneEdit(t *testing.T) {
	ix := newIndex(t, "", loadArticles(t))
	an := NewAnalyzer()
	stem := func(w string) string {
		ss := an.Stems(w)
		if len(ss) != 1 {
			t.Fatalf("stems of %q: %v", w, ss)
		}
		return ss[0]
	}
	for w, want := range map[string]bool{"overuled": true, "szijarto": true, "weather": false} {
		if got := ix.Known(stem(w)); got != want {
			t.Errorf("Known(%q) = %v, want %v (matches %v)", w, got, want, ix.Matches(stem(w)))
		}
	}
}
