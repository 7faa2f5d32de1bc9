package answer

import (
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestWordStemsAsAnalysed: the remembered stems of every word of the
// article and of the three test articles (English, and a word in each
// other language the memo is asked in) are the analyzer's, asked from
// several goroutines at once, and stay so once the memo has been emptied.
func TestWordStemsAsAnalysed(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		e, ix := newExtractiveOn(t, dir)
		var words []string
		for _, a := range ix.Articles() {
			for _, p := range a.Paragraphs {
				for _, w := range text.Words(p.Text) {
					words = append(words, w.Text)
				}
			}
		}
		words = append(words, "Dezember", "décembre", "diciembre")
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, w := range words {
					for _, code := range []string{"en", "de"} {
						if got, want := e.words.of(ix, code, w), ix.StemsIn(code, w); !slices.Equal(got, want) {
							t.Errorf("%s: stems of %q in %s = %q, want %q", dir, w, code, got, want)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		e.words.memo.m = map[wordKey][]string{} // as when maxWordStems is reached
		if got, want := e.words.of(ix, "en", "adopted"), ix.StemsIn("en", "adopted"); !slices.Equal(got, want) {
			t.Errorf("%s: after emptying, %q, want %q", dir, got, want)
		}
	}
}

// TestWordStemsBounded: a long-running bot reading ever new words keeps at
// most maxWordStems of them.
func TestWordStemsBounded(t *testing.T) {
	e, ix := newExtractiveOn(t, testArticles)
	for i := range maxWordStems + 10 {
		e.words.of(ix, "en", "w"+strconv.Itoa(i))
	}
	if n := e.words.memo.len(); n == 0 || n > maxWordStems {
		t.Errorf("%d words remembered, want 1..%d", n, maxWordStems)
	}
}
