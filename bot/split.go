package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// splitText cuts s into pieces of at most limit characters (runes), at
// sentence boundaries where it can, at spaces where a sentence is too long,
// and never inside a citation marker such as [FP ¶3]. A sentence's trailing
// markers stay with it: "It rose. [FP ¶2] Then" splits after "[FP ¶2]".
// Pieces are trimmed of surrounding whitespace; empty pieces are dropped.
func splitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if utf8.RuneCountInString(s) <= limit {
		return []string{s}
	}
	var out []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
		curLen = 0
	}
	for _, unit := range sentences(s) {
		n := utf8.RuneCountInString(unit)
		if curLen+n <= limit {
			cur.WriteString(unit)
			curLen += n
			continue
		}
		flush()
		if n <= limit {
			// Drop the leading space a sentence carries once it opens a piece.
			u := strings.TrimLeftFunc(unit, unicode.IsSpace)
			cur.WriteString(u)
			curLen = utf8.RuneCountInString(u)
			continue
		}
		for _, w := range words(unit) {
			wn := utf8.RuneCountInString(w)
			if curLen+wn > limit {
				flush()
				w = strings.TrimLeftFunc(w, unicode.IsSpace)
				wn = utf8.RuneCountInString(w)
			}
			for wn > limit { // a single "word" longer than a piece
				cut := runePrefix(w, limit)
				out = append(out, cut)
				w = w[len(cut):]
				wn -= limit
			}
			cur.WriteString(w)
			curLen += wn
		}
	}
	flush()
	return out
}

// sentences cuts s into units whose concatenation is s, at the sentence
// ends text.Split finds; a unit keeps the citation markers that follow its
// sentence ("It fell. [FP ¶2]") and starts with the white space before it.
func sentences(s string) []string {
	markerEnd := map[int]int{}
	for _, m := range footnote.FindMarkers(s) {
		markerEnd[m.Start] = m.End
	}
	ss := text.SplitWith(s, func(_ string, i int) int {
		if end, ok := markerEnd[i]; ok {
			return end - i
		}
		return 0
	})
	out := make([]string, 0, len(ss))
	start := 0
	for _, sen := range ss[:max(0, len(ss)-1)] {
		out = append(out, s[start:sen.End])
		start = sen.End
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// words cuts s at spaces into units whose concatenation is s, each unit
// carrying its leading spaces; a citation marker "[¶ ...]" is never cut.
func words(s string) []string {
	var out []string
	start := 0
	depth := 0
	for i, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case unicode.IsSpace(r) && depth == 0 && i > start:
			// A space begins the next unit, unless the current one is only spaces.
			if strings.TrimSpace(s[start:i]) != "" {
				out = append(out, s[start:i])
				start = i
			}
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// runePrefix returns the longest prefix of s with at most n runes.
func runePrefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// truncate shortens s to at most n runes, cutting at a word boundary and
// adding an ellipsis when it cuts.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := runePrefix(s, n-1)
	if k := strings.LastIndexFunc(cut, unicode.IsSpace); k > len(cut)/2 {
		cut = cut[:k]
	}
	return strings.TrimRightFunc(cut, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ']' && r != ')' }) + "…"
}
