package answer

import "sync"

// wordStems remembers the stems of single words of the articles, by
// language: the checks that read the words around a time or a number
// (saysAny, the verb of a clause) stem each word near every time of every
// candidate sentence, the same few hundred words again and again, and
// that stemming was a quarter of a "when" answer. A word's stems depend on
// the word and its language only, not on the corpus, so what is
// remembered stays right across reindexes.
type wordStems struct {
	mu sync.Mutex
	m  map[wordKey][]string
}

// wordKey is a word and the language code it is stemmed in.
type wordKey struct{ code, word string }

// maxWordStems is how many words are remembered before the memo is
// emptied: more holds a larger vocabulary (the 80 coverage pages have
// about 20,000 distinct words; an entry is a few dozen bytes), fewer stems
// more words again.
const maxWordStems = 1 << 15

// of returns an.StemsIn(code, word), remembered. The slice returned is
// shared: callers only read it.
func (c *wordStems) of(an Analyzer, code, word string) []string {
	k := wordKey{code, word}
	c.mu.Lock()
	st, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return st
	}
	st = an.StemsIn(code, word)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxWordStems {
		c.m = map[wordKey][]string{}
	}
	c.m[k] = st
	c.mu.Unlock()
	return st
}
