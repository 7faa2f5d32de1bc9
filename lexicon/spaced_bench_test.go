package lexicon

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// BenchmarkLoadSpaced measures reading one European language's glosses
// (Spanish), which the first English claim checked against a Spanish
// quote pays once per process.
func BenchmarkLoadSpaced(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if d := loadSpaced(euGz, text.Spanish); len(d.words) == 0 {
			b.Fatal("no Spanish glosses")
		}
	}
}
