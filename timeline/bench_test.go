package timeline

import (
	"os"
	"testing"
)

func BenchmarkBuild(b *testing.B) {
	arts := load(b, "../testdata/articles", "testdata")
	b.ResetTimer()
	for range b.N {
		Build(arts)
	}
}

// BenchmarkBuildCoverage builds the timeline of a whole coverage: set
// FOOTNOTE_BENCH_DOCS to a docs directory (the 80 imported coverage pages).
func BenchmarkBuildCoverage(b *testing.B) {
	dir := os.Getenv("FOOTNOTE_BENCH_DOCS")
	if dir == "" {
		b.Skip("FOOTNOTE_BENCH_DOCS is not set")
	}
	arts := load(b, dir)
	b.ResetTimer()
	for range b.N {
		Build(arts)
	}
}
