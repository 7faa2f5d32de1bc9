package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// BenchmarkImportDirectory imports the coverage pages in testdata (eight
// crawled pages in seven languages) into an empty docs directory: cleaning,
// dates, language, signatures and atomic writes.
func BenchmarkImportDirectory(b *testing.B) {
	pages, err := filepath.Glob("testdata/coverage/*.txt")
	if err != nil || len(pages) == 0 {
		b.Fatal("no pages", err)
	}
	for b.Loop() {
		b.StopTimer()
		docs := b.TempDir()
		b.StartTimer()
		outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{"testdata/coverage"})
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range outs {
			if o.Status == Failed {
				b.Fatal(o)
			}
		}
		b.StopTimer()
		os.RemoveAll(docs)
		b.StartTimer()
	}
	b.ReportMetric(float64(len(pages)), "pages/op")
}

// BenchmarkImportHTML extracts and cleans one news page.
func BenchmarkImportHTML(b *testing.B) {
	raw, err := os.ReadFile("testdata/html/wikimediafoundation.org.turkey.html")
	if err != nil {
		b.Fatal(err)
	}
	langs := text.NewDetector()
	for b.Loop() {
		if _, err := ImportHTML(raw, ImportOptions{}, langs); err != nil {
			b.Fatal(err)
		}
	}
}
