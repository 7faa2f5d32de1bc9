package answer

import "sync"

// textMemo remembers, up to max texts, a value made from a text in a
// language (its stems, its analysis) that depends on nothing else: not on
// the corpus, so what is remembered stays right across reindexes. When
// max is reached the memo is emptied and fills again with what is asked
// next. It is safe for concurrent use; the values are shared, so callers
// only read them.
type textMemo[V any] struct {
	mu sync.Mutex
	m  map[wordKey]V
}

// wordKey is a text and the language code it is read in.
type wordKey struct{ code, word string }

// of returns the value remembered for s in language code, made by mk and
// remembered when there is none, holding at most max values.
func (c *textMemo[V]) of(code, s string, max int, mk func() V) V {
	k := wordKey{code, s}
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = mk()
	c.mu.Lock()
	if c.m == nil || len(c.m) >= max {
		c.m = map[wordKey]V{}
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}

// len returns how many values are remembered.
func (c *textMemo[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
