package corpus

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	for _, f := range []string{"110-digitaljournal-afp-poland", "064-pagesdev-un-news-marrakech-copy", "009-app-pk-lajcak-regrets"} {
		raw, _ := os.ReadFile("/work/shared/corpus/coverage/raw/" + f + ".txt")
		s := CleanScrape(string(raw))
		fmt.Printf("%s crawl=%q\n lines=%q\n open=%q\n", f, s.CrawlDate, s.DateLines, s.Openings)
		for _, p := range s.Paragraphs {
			fmt.Printf("  P %.150q\n", p)
		}
	}
}
