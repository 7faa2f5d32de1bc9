package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the text handling of the post-check: sentence
// boundaries, words folded for comparison, and the facts (names, numbers,
// dates) a claim must share with the paragraph it cites.

// foldRune lowercases r and strips the accent of common Latin letters, so
// that "México" matches "Mexico" and "Según" matches "segun".
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0xe0 || r > 0x17f {
		return r
	}
	switch {
	case r >= 0xe0 && r <= 0xe5, r == 0x101, r == 0x103, r == 0x105:
		return 'a'
	case r == 0xe7, r == 0x107, r == 0x10d:
		return 'c'
	case r >= 0xe8 && r <= 0xeb, r == 0x113, r == 0x117, r == 0x119, r == 0x11b:
		return 'e'
	case r >= 0xec && r <= 0xef, r == 0x12b, r == 0x12f, r == 0x131:
		return 'i'
	case r == 0xf1, r == 0x144, r == 0x148:
		return 'n'
	case r >= 0xf2 && r <= 0xf6, r == 0xf8, r == 0x14d, r == 0x151:
		return 'o'
	case r >= 0xf9 && r <= 0xfc, r == 0x16b, r == 0x16f, r == 0x171:
		return 'u'
	case r == 0xfd, r == 0xff:
		return 'y'
	case r == 0x161, r == 0x15b:
		return 's'
	case r == 0x17e, r == 0x17a, r == 0x17c:
		return 'z'
	case r == 0x142:
		return 'l'
	}
	return r
}

func fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// word is one word of a text with its position.
type word struct {
	s     string // as written
	start int    // byte offset
}

// words splits s into runs of letters and digits.
func words(s string) []word {
	out := make([]word, 0, len(s)/5+1)
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{s[start:i], start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start})
	}
	return out
}

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

// abbreviations end with a period that doesn't end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "jr": true, "sr": true, "prof": true, "lt": true, "col": true, "sgt": true, "vs": true,
	"etc": true, "inc": true, "corp": true, "co": true, "sra": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "ee": true, "uu": true,
}

// sentenceEnds returns the byte offsets just past each sentence of s:
// after a . ! or ? (and any closing quotes or brackets) that is followed by
// white space and is not an abbreviation like "U.S." or "Mr.", and after
// each line break. A run of citation markers right after the end belongs
// to the sentence before it. The last offset is len(s).
func sentenceEnds(s string, markerAt func(i int) int) []int {
	var ends []int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			j := i + size
			for j < len(s) && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			ends = appendEnd(ends, j)
			i = j
			continue
		case r == '.' || r == '!' || r == '?' || r == '…' || r == '。':
			j := i + size
			for j < len(s) {
				q, qs := utf8.DecodeRuneInString(s[j:])
				if !strings.ContainsRune(`"'”’»)]`, q) || markerAt(j) > 0 {
					break
				}
				j += qs
			}
			if j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
				i = j
				continue
			}
			if r == '.' && isAbbreviation(s[:i]) {
				i = j
				continue
			}
			// Markers after the end ("Friday. [¶2]") belong to this sentence.
			k := j
			for {
				m := k
				for m < len(s) && (s[m] == ' ' || s[m] == '\t') {
					m++
				}
				n := markerAt(m)
				if n <= 0 {
					break
				}
				k = m + n
				j = k
			}
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			ends = appendEnd(ends, j)
			i = j
			continue
		}
		i += size
	}
	return appendEnd(ends, len(s))
}

func appendEnd(ends []int, e int) []int {
	if len(ends) > 0 && ends[len(ends)-1] >= e {
		return ends
	}
	return append(ends, e)
}

// isAbbreviation reports whether the text before a period ends with an
// abbreviation: a single letter ("U.S", "J"), a list number at a line
// start ("1"), or a known short form ("Mr").
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !isWordRune(r) {
			break
		}
		k -= size
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return true
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	allDigits := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	if allDigits {
		line := strings.TrimSpace(before[strings.LastIndexByte(before[:k], '\n')+1 : k])
		return line == "" || line == "-" || line == "*"
	}
	return false
}
