package retrieval

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
)

// v2 is the article with ¶7 rewritten, so that a question tells the two
// versions apart.
func v2(t testing.TB) []footnote.Article {
	data, err := os.ReadFile("../docs/trump-boycotts-un-migration-talks.md")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "She was ultimately overruled by the president", "She was ultimately overruled by the penguins", 1)
	a, err := corpus.Parse("v2.md", docID, []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return []footnote.Article{a}
}

// TestCrashHelper is run as a subprocess by TestReindexKilledPartWay: it
// reindexes with v2 and exits abruptly (no deferred cleanup, as a kill
// would) at the step named by FOOTNOTE_CRASH_STEP.
func TestCrashHelper(t *testing.T) {
	step := os.Getenv("FOOTNOTE_CRASH_STEP")
	if step == "" {
		t.Skip("run by TestReindexKilledPartWay")
	}
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: os.Getenv("FOOTNOTE_CRASH_DIR"), Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "local-test", Analyzer: an,
		Fault: func(s Step) error {
			if string(s) == step {
				os.Exit(3)
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), v2(t)); err != nil {
		t.Fatal(err)
	}
	os.Exit(4) // the step was never reached
}

func TestReindexKilledPartWay(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns subprocesses")
	}
	steps := []struct {
		step    Step
		wantNew bool
	}{
		{StepVectors, false},
		{StepManifest, false},
		{StepRenamed, false},
		{StepCurrent, false},
		{StepSwapped, true},
	}
	for _, tt := range steps {
		t.Run(string(tt.step), func(t *testing.T) {
			dir := t.TempDir()
			newIndex(t, dir, loadArticle(t)) // v1 is current
			cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
			cmd.Env = append(os.Environ(), "FOOTNOTE_CRASH_STEP="+string(tt.step), "FOOTNOTE_CRASH_DIR="+dir)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 3 {
				t.Fatalf("helper did not die at %s: %v\n%s", tt.step, err, out)
			}
			// The next ask opens whatever is current: a whole index.
			ix := newIndex(t, dir, nil)
			if !ix.Ready() {
				t.Fatal("no index after the crash")
			}
			ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1)
			if err != nil || len(ps) == 0 || ps[0].N != 7 {
				t.Fatalf("after crash: %v %v", nums(ps), err)
			}
			gotNew := strings.Contains(ps[0].Text, "penguins")
			if gotNew != tt.wantNew {
				t.Fatalf("killed at %s: answered from new=%v, want new=%v", tt.step, gotNew, tt.wantNew)
			}
			// The manifest and the vectors agree: every chunk has a vector.
			s := ix.snap.Load()
			if s.vec.n != len(s.chunks) || len(s.lex.lens) != len(s.chunks) {
				t.Fatalf("%d vectors for %d chunks", s.vec.n, len(s.chunks))
			}
			// And a reindex after the crash completes.
			if _, err := ix.Build(context.Background(), v2(t)); err != nil {
				t.Fatalf("reindex after crash: %v", err)
			}
		})
	}
}

func TestFailedReindexKeepsOldIndex(t *testing.T) {
	dir := t.TempDir()
	an := NewAnalyzer()
	boom := errors.New("disk full")
	ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "local-test", Analyzer: an,
		Fault: func(s Step) error {
			if s == StepRenamed {
				return boom
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), loadArticle(t)); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the injected fault", err)
	}
	if ix.Ready() {
		t.Fatal("a failed first build left a snapshot")
	}
	ix.opts.Fault = nil
	if _, err := ix.Build(context.Background(), loadArticle(t)); err != nil {
		t.Fatal(err)
	}
	ix.opts.Fault = func(s Step) error { return boom }
	if _, err := ix.Build(context.Background(), v2(t)); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1)
	if err != nil || strings.Contains(ps[0].Text, "penguins") {
		t.Fatalf("a failed reindex changed the answers: %v %v", ps, err)
	}
}

// TestAnswersFlowDuringReindex asks questions while a slow reindex runs;
// every question is answered, from the old index until the swap.
func TestAnswersFlowDuringReindex(t *testing.T) {
	an := NewAnalyzer()
	local := NewLocalEmbedding(an, LocalDim)
	var slow atomic.Bool
	release := make(chan struct{})
	blocked := make(chan struct{})
	var once sync.Once
	ix, err := New(Options{DataDir: t.TempDir(), EmbedderID: "local-test", Analyzer: an, Concurrency: 2,
		Embed: func(ctx context.Context, s string) ([]float32, error) {
			if slow.Load() && !strings.Contains(s, "Who overruled") {
				once.Do(func() { close(blocked) })
				select {
				case <-release:
				case <-ctx.Done():
					return nil, ctx.Err()
				}
			}
			return local(ctx, s)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), loadArticle(t)); err != nil {
		t.Fatal(err)
	}
	slow.Store(true)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := ix.Build(context.Background(), v2(t)); err != nil {
			t.Errorf("reindex: %v", err)
		}
	}()
	<-blocked // the reindex is under way, stuck embedding
	for i := 0; i < 20; i++ {
		ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1)
		if err != nil || ps[0].N != 7 || strings.Contains(ps[0].Text, "penguins") {
			t.Fatalf("during reindex: %v %v", ps, err)
		}
	}
	close(release)
	wg.Wait()
	ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1)
	if err != nil || !strings.Contains(ps[0].Text, "penguins") {
		t.Fatalf("after reindex: %v %v", ps, err)
	}
}

// TestConcurrentWritersShareADataDir builds from several indexes (as
// several shard processes would) into one data directory at once: every
// build succeeds and the directory is left with a whole current index.
func TestConcurrentWritersShareADataDir(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			an := NewAnalyzer()
			ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "local-test", Analyzer: an})
			if err == nil {
				_, err = ix.Build(context.Background(), arts)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent build: %v", err)
		}
	}
	ix := newIndex(t, dir, nil)
	if !ix.Ready() {
		t.Fatal("no whole index after concurrent builds")
	}
	if ps, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1); err != nil || ps[0].N != 7 {
		t.Fatalf("after concurrent builds: %v %v", nums(ps), err)
	}
	gens, _ := filepath.Glob(filepath.Join(dir, "index", "gen-*"))
	if len(gens) > 1+keepGenerations {
		t.Errorf("%d generations left, want at most %d", len(gens), 1+keepGenerations)
	}
}

// TestOrphanGenerationPruned: a generation left by a writer that died
// before swapping CURRENT is removed by the next build, and the previous
// live one is kept.
func TestOrphanGenerationPruned(t *testing.T) {
	dir := t.TempDir()
	arts := loadArticle(t)
	ix := newIndex(t, dir, arts)
	first, _ := os.ReadFile(filepath.Join(dir, "index", currentFile))
	ix.opts.Fault = func(s Step) error {
		if s == StepRenamed {
			return errors.New("crash")
		}
		return nil
	}
	if _, err := ix.Build(context.Background(), arts); err == nil {
		t.Fatal("fault not injected")
	}
	ix.opts.Fault = nil
	if _, err := ix.Build(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	cur, _ := os.ReadFile(filepath.Join(dir, "index", currentFile))
	gens, _ := filepath.Glob(filepath.Join(dir, "index", "gen-*"))
	var names []string
	for _, g := range gens {
		names = append(names, filepath.Base(g))
	}
	want := []string{strings.TrimSpace(string(first)), strings.TrimSpace(string(cur))}
	if len(names) != 2 || !slices.Contains(names, want[0]) || !slices.Contains(names, want[1]) {
		t.Errorf("generations %v, want the previous and the current %v", names, want)
	}
}
