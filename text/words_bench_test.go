package text

import (
	"os"
	"testing"
)

// BenchmarkWords splits the shipped article into words, as indexing and
// every answer check do.
func BenchmarkWords(b *testing.B) {
	raw, err := os.ReadFile("../docs/trump-boycotts-un-migration-talks.md")
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Words(s)) < 500 {
			b.Fatal("too few words")
		}
	}
}
