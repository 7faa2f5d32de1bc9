package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of a text as search sees it.
type Token struct {
	// Text is the word as written; for a dotted acronym, its letters
	// without the periods ("US" for "U.S.").
	Text string
	// Start and End are the byte offsets of the word in the text.
	Start, End int
	// Acronym is true for a dotted acronym ("U.S.", "U.N.").
	Acronym bool
	// Bigram is true for two characters of a script written without
	// spaces, which stand for its words.
	Bigram bool
	// EndsSentence is true when a full stop, "?", "!" or a line break
	// closely follows the word, so the next word starts a sentence.
	EndsSentence bool
}

// Tokens cuts s into the tokens of search: words as Words finds them,
// except that a dotted acronym ("U.S.") is one token, the tail of a
// possessive or contraction ("Haley’s", "don't") is left out, and a run of
// Chinese, Japanese or Thai is cut into overlapping bigrams ("美国退出" gives
// "美国", "国退", "退出"), the usual stand-in for words in scripts written
// without spaces.
func Tokens(s string) []Token {
	out := make([]Token, 0, len(s)/6+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += size
			continue
		}
		if j, letters, ok := acronymAt(s, i); ok {
			out = append(out, Token{Text: letters, Start: i, End: j, Acronym: true})
			i = j
			continue
		}
		if isSpaceless(r) {
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isSpaceless(r2) && !unicode.In(r2, unicode.Mn, unicode.Mc) {
					break
				}
				j += n
			}
			out = appendBigrams(out, s, i, j)
			i = j
			continue
		}
		j := i
		for j < len(s) {
			r2, n := utf8.DecodeRuneInString(s[j:])
			if !IsWordRune(r2) || isSpaceless(r2) {
				break
			}
			j += n
		}
		t := Token{Text: s[i:j], Start: i, End: j}
		k := skipApostropheTail(s, j)
		t.EndsSentence = endsSentenceAt(s, k)
		out = append(out, t)
		i = k
	}
	return out
}

// appendBigrams appends the bigrams of s[i:j], a run of a spaceless
// script; a run of one character is its own token.
func appendBigrams(out []Token, s string, i, j int) []Token {
	var starts []int
	for k := range s[i:j] {
		if r, _ := utf8.DecodeRuneInString(s[i+k:]); !unicode.In(r, unicode.Mn, unicode.Mc) {
			starts = append(starts, i+k)
		}
	}
	starts = append(starts, j)
	if len(starts) == 2 {
		return append(out, Token{Text: s[i:j], Start: i, End: j, EndsSentence: endsSentenceAt(s, j)})
	}
	for k := 0; k+2 < len(starts); k++ {
		t := Token{Text: s[starts[k]:starts[k+2]], Start: starts[k], End: starts[k+2], Bigram: true}
		t.EndsSentence = k+3 == len(starts) && endsSentenceAt(s, j)
		out = append(out, t)
	}
	return out
}

// acronymAt reads a dotted acronym of two or more letters at s[i:]
// ("U.S.", "U.N."): next is the offset past it, letters its letters.
func acronymAt(s string, i int) (next int, letters string, ok bool) {
	var b strings.Builder
	j, n := i, 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		b.WriteRune(r)
		n++
		j += size + 1
	}
	if n < 2 {
		return 0, "", false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && IsWordRune(r) {
		return 0, "", false
	}
	return j, b.String(), true
}

// skipApostropheTail returns the offset past an apostrophe and the letters
// after it at s[j:] ("’s", "'t"), or j when there is none.
func skipApostropheTail(s string, j int) int {
	for _, ap := range [...]string{"'", "’"} {
		if !strings.HasPrefix(s[j:], ap) {
			continue
		}
		k := j + len(ap)
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !IsWordRune(r) {
				break
			}
			k += n
		}
		if k > j+len(ap) {
			return k
		}
	}
	return j
}

// endsSentenceAt reports whether a full stop, "?", "!" or line break
// follows s[:k] within three runes, before any word.
func endsSentenceAt(s string, k int) bool {
	for n := 0; n < 3 && k < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[k:])
		if isStop(r) || isFullStop(r) || r == '\n' {
			return true
		}
		if IsWordRune(r) {
			return false
		}
		k += size
	}
	return false
}
