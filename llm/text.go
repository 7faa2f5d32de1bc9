package llm

import "github.com/footnote-bot/footnote/text"

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
