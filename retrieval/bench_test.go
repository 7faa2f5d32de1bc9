package retrieval

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bench/measure"
	"github.com/footnote-bot/footnote/internal/synth"
)

// The generated corpora: articles of synthParas paragraphs (and a header).
const (
	synthParas     = 20
	synthArticles  = 500  // 10,000 paragraphs
	synthArticlesL = 5000 // 100,000 paragraphs
	// synthQuestion is answered by many generated paragraphs alike: the
	// worst case for ranking, every posting list long.
	synthQuestion = "Which minister rejected the border plan in Geneva?"
)

func benchIndex(b *testing.B, dir string) *Index {
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "b", Analyzer: an})
	if err != nil {
		b.Fatal(err)
	}
	return ix
}

func benchBuild(b *testing.B, arts []footnote.Article) {
	b.ReportAllocs()
	var heap uint64
	for b.Loop() {
		ix := benchIndex(b, b.TempDir())
		if _, err := ix.Build(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = max(heap, ms.HeapInuse)
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
}

// BenchmarkBuildArticle indexes the shipped article, persisted to disk.
func BenchmarkBuildArticle(b *testing.B) { benchBuild(b, loadArticle(b)) }

// BenchmarkBuild10k indexes 10,000 generated paragraphs, persisted to disk.
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, synth.Articles(synthArticles, synthParas, 1)) }

// BenchmarkBuild100k indexes 100,000 generated paragraphs, persisted.
func BenchmarkBuild100k(b *testing.B) { benchBuild(b, synth.Articles(synthArticlesL, synthParas, 1)) }

func benchRetrieve(b *testing.B, arts []footnote.Article, q string) {
	ix := benchIndex(b, "")
	if _, err := ix.Build(context.Background(), arts); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := measure.CPUTime()
	for b.Loop() {
		if _, err := ix.Retrieve(context.Background(), q, 5); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((measure.CPUTime()-cpu).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

func BenchmarkRetrieveArticle(b *testing.B) { benchRetrieve(b, loadArticle(b), "Who overruled Haley?") }
func BenchmarkRetrieve10k(b *testing.B) {
	benchRetrieve(b, synth.Articles(synthArticles, synthParas, 1), synthQuestion)
}
func BenchmarkRetrieve100k(b *testing.B) {
	benchRetrieve(b, synth.Articles(synthArticlesL, synthParas, 1), synthQuestion)
}

// benchOpen loads a stored index, as a cold 'ask' does, and answers one
// question from it. peak-RSS-MB is the process's peak resident memory
// while loading and answering, the highest of the iterations (the
// high-water mark is reset before each, once the previous index is
// collected; Linux only, 0 elsewhere); cpu-ms/op the process's CPU time
// (user and system, all threads) for one, which a loaded machine inflates
// less than the wall clock.
func benchOpen(b *testing.B, n int) {
	dir := b.TempDir()
	if _, err := benchIndex(b, dir).Build(context.Background(), synth.Articles(n, synthParas, 1)); err != nil {
		b.Fatal(err)
	}
	var peak uint64
	var cpu time.Duration
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		measure.Settle()
		measure.ResetPeakRSS()
		start := measure.CPUTime()
		b.StartTimer()
		ix := benchIndex(b, dir)
		if !ix.Ready() {
			b.Fatal("not loaded")
		}
		if ps, err := ix.Retrieve(context.Background(), synthQuestion, 5); err != nil || len(ps) == 0 {
			b.Fatal("no passage", err)
		}
		b.StopTimer()
		cpu += measure.CPUTime() - start
		peak = max(peak, measure.PeakRSS())
		b.StartTimer()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// BenchmarkOpen10k loads a stored 10,000-paragraph index.
func BenchmarkOpen10k(b *testing.B) { benchOpen(b, synthArticles) }

// BenchmarkOpen100k loads a stored 100,000-paragraph index.
func BenchmarkOpen100k(b *testing.B) { benchOpen(b, synthArticlesL) }
