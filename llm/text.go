package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// This file holds what the post-check adds to package text: a crude stem
// that meets across languages, and sentence ends that keep citation
// markers with their sentence.

// stem is a crude language-independent stem: the first five runes of the
// folded word. "dissented" and "dissent", "decidió" and "decided" meet.
func stem(folded string) string {
	n := 0
	for i := range folded {
		if n == 5 {
			return folded[:i]
		}
		n++
	}
	return folded
}

// sentenceEnds returns the byte offsets just past each sentence of s (as
// text.Split finds them) and the white space after it. A run of citation
// markers right after the end belongs to the sentence before it:
// markerAt(i) is the length of a marker at s[i:], 0 for none. The last
// offset is len(s).
func sentenceEnds(s string, markerAt func(i int) int) []int {
	ss := text.SplitWith(s, func(_ string, i int) int { return markerAt(i) })
	ends := make([]int, 0, len(ss)+1)
	for _, sen := range ss[min(1, len(ss)):] {
		ends = append(ends, sen.Start)
	}
	return append(ends, len(s))
}

// firstWords returns up to n of the first words of s, as text.Words finds
// them, reading no further than they reach: a check that looks only at how
// a claim or a paragraph opens need not split the whole of it.
func firstWords(s string, n int) []text.Word {
	out := make([]text.Word, 0, n)
	for off := 0; len(out) < n; {
		i := strings.IndexFunc(s[off:], text.IsWordRune)
		if i < 0 {
			break
		}
		start, end := off+i, len(s)
		if j := strings.IndexFunc(s[off+i:], notWordRune); j >= 0 {
			end = start + j
		}
		out = append(out, text.Word{Text: s[start:end], Start: start, End: end})
		off = end
	}
	return out
}

func notWordRune(r rune) bool { return !text.IsWordRune(r) }
