package answer

// wordStems remembers the stems of single words of the articles, by
// language: the checks that read the words around a time or a number
// (saysAny, the verb of a clause) stem each word near every time of every
// candidate sentence, the same few hundred words again and again, and
// that stemming was a quarter of a "when" answer.
type wordStems struct{ memo textMemo[[]string] }

// maxWordStems is how many words are remembered before the memo is
// emptied: more holds a larger vocabulary (the 80 coverage pages have
// about 20,000 distinct words; an entry is a few dozen bytes), fewer stems
// more words again.
const maxWordStems = 1 << 15

// of returns an.StemsIn(code, word), remembered. The slice returned is
// shared: callers only read it.
func (c *wordStems) of(an Analyzer, code, word string) []string {
	return c.memo.of(code, word, maxWordStems, func() []string { return an.StemsIn(code, word) })
}
