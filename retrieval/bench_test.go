package retrieval

import (
	"context"
	"runtime"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/synth"
)

func benchBuild(b *testing.B, arts []footnote.Article) {
	b.ReportAllocs()
	var heap uint64
	for b.Loop() {
		dir := b.TempDir()
		an := NewAnalyzer()
		ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "b", Analyzer: an})
		if err != nil {
			b.Fatal(err)
		}
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
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, synth.Articles(500, 20, 1)) }

func benchRetrieve(b *testing.B, arts []footnote.Article, q string) {
	an := NewAnalyzer()
	ix, err := New(Options{Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "b", Analyzer: an})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), arts); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Retrieve(context.Background(), q, 5); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRetrieveArticle(b *testing.B) { benchRetrieve(b, loadArticle(b), "Who overruled Haley?") }
func BenchmarkRetrieve10k(b *testing.B) {
	benchRetrieve(b, synth.Articles(500, 20, 1), "Which minister rejected the border plan in Geneva?")
}

// BenchmarkOpen10k loads a stored 10,000-paragraph index, as a cold 'ask' does.
func BenchmarkOpen10k(b *testing.B) {
	dir := b.TempDir()
	an := NewAnalyzer()
	ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "b", Analyzer: an})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), synth.Articles(500, 20, 1)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ix, err := New(Options{DataDir: dir, Embed: NewLocalEmbedding(an, LocalDim), EmbedderID: "b", Analyzer: an})
		if err != nil || !ix.Ready() {
			b.Fatal("not loaded", err)
		}
	}
}
