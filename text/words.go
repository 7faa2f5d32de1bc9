package text

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Word is a run of letters, digits and combining marks in a text:
// Text is text[Start:End].
type Word struct {
	Text       string
	Start, End int
}

// Words returns the words of s: runs of letters, digits and combining
// marks ("Dvořák" is one word even with its accent written as a separate
// mark). Everything else separates words. A run of a script written
// without spaces (Chinese, Japanese, Thai) is one word here; Tokens cuts
// it into bigrams.
func Words(s string) []Word { return AppendWords(make([]Word, 0, len(s)/6+1), s) }

// AppendWords appends the words of s (see Words) to dst and returns it:
// a caller that reads many texts one after another reuses one slice.
func AppendWords(dst []Word, s string) []Word {
	for w := range AllWords(s) {
		dst = append(dst, w)
	}
	return dst
}

// AllWords yields the words of s (see Words) one by one, for a reader
// that keeps none of them.
func AllWords(s string) iter.Seq[Word] {
	return func(yield func(Word) bool) {
		start := -1
		for i, r := range s {
			if IsWordRune(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(Word{s[start:i], start, i}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(Word{s[start:], start, len(s)})
		}
	}
}

// IsWordRune reports whether r is part of a word as Words sees it: a
// letter, a digit or a combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// IsDigits reports whether s is one or more digits ("2017", "٢٠١٧").
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isSpaceless reports whether r belongs to a script written without spaces
// between words: Han, Hiragana, Katakana or Thai.
func isSpaceless(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}
