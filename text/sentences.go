package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: Text is text[Start:End], without
// surrounding white space.
type Sentence struct {
	Text       string
	Start, End int
}

// Attachment returns the length in bytes of what starts at s[i:] and
// belongs to the sentence before it although it follows its full stop
// (a citation marker: "It rose. [¶2] Then"), or 0 for nothing.
type Attachment func(s string, i int) int

// maxWordLookback bounds how far back the word before a period is read, so
// that a text without spaces costs linear time; the longest abbreviation
// is far shorter.
const maxWordLookback = 32

// Split returns the sentences of s, in order. A sentence ends at a line
// break; at a Chinese, Japanese, Arabic or Devanagari full stop (。！？ ؟ ।);
// and at ".", "!", "?" or an ellipsis, with any quotes or brackets that close
// after it, when white space and more text follow. An ellipsis does not
// end a sentence before a lowercase word, nor does a period after an
// abbreviation of news prose ("Mr. Smith", "Gen. Kelly", "Sra. López",
// "z.B. Berlin", "U.S. Ambassador"; "Inc. said", "No. 2", "Jan. 5"), an
// initial ("George W. Bush"), the number of a list item at the start of a
// line ("1. ") or an ordinal before a month ("am 3. Oktober").
func Split(s string) []Sentence { return SplitWith(s, nil) }

// SplitWith is Split, with what attach finds after a sentence's end (past
// spaces and tabs) made part of that sentence. attach may be nil.
func SplitWith(s string, attach Attachment) []Sentence {
	var out []Sentence
	for start := 0; start < len(s); {
		end, next, ok := nextEnd(s, start, true)
		if !ok {
			end, next = len(s), len(s)
		}
		if attach != nil {
			for {
				k := skipBlanks(s, end)
				n := attach(s, k)
				if n <= 0 {
					break
				}
				end = k + n
				next = end
			}
		}
		if sen, ok := sentenceIn(s, start, end); ok {
			out = append(out, sen)
		}
		start = next
	}
	return out
}

// sentenceIn returns s[start:end] trimmed, with its offsets; ok is false
// when nothing is left.
func sentenceIn(s string, start, end int) (Sentence, bool) {
	t := strings.TrimLeftFunc(s[start:end], unicode.IsSpace)
	start = end - len(t)
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	if t == "" {
		return Sentence{}, false
	}
	return Sentence{Text: t, Start: start, End: start + len(t)}, true
}

// nextEnd finds the first sentence end in s at or after from. end is the
// offset just past the sentence (its closing quotes included), next where
// the following sentence may start. When final is false, s may still grow,
// and an end that more text could undo is not reported; then ok is false
// and next is where to look again once s has grown.
func nextEnd(s string, from int, final bool) (end, next int, ok bool) {
	for i := from; i < len(s); {
		if !final && !utf8.FullRuneInString(s[i:]) {
			return 0, i, false // the rest of the rune is still to come
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			return i, i + size, true
		case isFullStop(r):
			j := skipClosers(s, i+size)
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isFullStop(r2) {
					break
				}
				j = skipClosers(s, j+n)
			}
			if !final && (j == len(s) || !utf8.FullRuneInString(s[j:])) {
				return 0, i, false
			}
			return j, j, true
		case isStop(r):
			end, k, decided, ends := stopAt(s, i, final)
			if !decided {
				return 0, i, false
			}
			if ends {
				return end, end, true
			}
			i = k
			continue
		}
		i += size
	}
	return 0, len(s), false
}

// stopAt reads the run of ".", "!", "?" and "…" that starts at s[i]. end is
// just past it and its closing quotes; next is where reading goes on when
// it ends no sentence; decided is false when the text after it is not yet
// there (and final is false).
func stopAt(s string, i int, final bool) (end, next int, decided, ends bool) {
	j := i
	periods, other := 0, false
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isStop(r) {
			break
		}
		if r == '.' {
			periods++
		} else {
			other = true
		}
		j += n
	}
	j = skipClosers(s, j)
	j = skipSpacedGuillemet(s, j)
	if j == len(s) {
		return j, j, final, true
	}
	if !final && !utf8.FullRuneInString(s[j:]) {
		return j, j, false, false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
		return j, j, true, false // "3.5", "U.S.-led", "example.com"
	}
	k := skipBlanks(s, j)
	if k == len(s) {
		return j, k, final, true
	}
	if !final && !utf8.FullRuneInString(s[k:]) {
		return j, k, false, false
	}
	nextRune, _ := utf8.DecodeRuneInString(s[k:])
	if nextRune == '\n' {
		return j, k, true, true
	}
	switch {
	case other:
		return j, k, true, true
	case periods > 1: // an ellipsis: "Wait... what"
		return j, k, true, !unicode.IsLower(nextRune)
	}
	ends, decided = periodEnds(s[:i], s[k:], final)
	return j, k, decided, ends
}

// periodEnds reports whether a single period after before ends a sentence
// when after follows it and its spaces; decided is false when that hangs on
// a word after has not finished yet (and final is false).
func periodEnds(before, after string, final bool) (ends, decided bool) {
	next, _ := utf8.DecodeRuneInString(after)
	capital := !unicode.IsLower(next) && !unicode.IsDigit(next)
	k := len(before)
	for k > 0 && len(before)-k < maxWordLookback {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !IsWordRune(r) && r != '.' && r != '°' {
			break
		}
		k -= size
	}
	w := strings.TrimLeft(before[k:], ".")
	if w == "" {
		return true, true
	}
	lower := strings.ToLower(w)
	switch abbreviations[lower] {
	case prefixAbbreviation:
		return false, true
	case shortAbbreviation:
		return capital, true
	}
	if strings.Contains(w, ".") { // a dotted acronym: "U.S", "U.N"
		return lower == w && capital, true
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return false, true // an initial: "George W. Bush"
	}
	if IsDigits(w) {
		line := strings.TrimSpace(before[strings.LastIndexByte(before[:k], '\n')+1 : k])
		if line == "" || line == "-" || line == "*" {
			return false, true // "1. First item"
		}
		if !final && unicode.IsLetter(next) && strings.IndexFunc(after, func(r rune) bool { return !IsWordRune(r) }) < 0 {
			return false, false // the word that may be a month is not whole yet
		}
		return !startsWithMonth(after), true // "am 3. Oktober"
	}
	return true, true
}

// isStop reports whether r ends a sentence of a language written with
// spaces, depending on what follows.
func isStop(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isFullStop reports whether r ends a sentence whatever follows: the full
// stops of Chinese and Japanese (。！？．), Arabic (؟ ۔) and Devanagari
// (। ॥). The Arabic comma "،" is a comma.
func isFullStop(r rune) bool {
	switch r {
	case '。', '！', '？', '｡', '؟', '۔', '।', '॥':
		return true
	}
	return false
}

// isCloser reports whether r closes a quote or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）', '］', '】', '〉', '》':
		return true
	}
	return false
}

// skipClosers returns the offset past the quotes and brackets that close at
// s[i:].
func skipClosers(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isCloser(r) {
			break
		}
		i += n
	}
	return i
}

// skipSpacedGuillemet returns the offset past a French closing guillemet
// set off by a space (". »"), or i when there is none.
func skipSpacedGuillemet(s string, i int) int {
	for _, sp := range [...]string{" »", "\u00a0»", "\u202f»"} {
		if strings.HasPrefix(s[i:], sp) {
			return skipClosers(s, i+len(sp))
		}
	}
	return i
}

// skipBlanks returns the offset past the spaces and tabs (not line breaks)
// at s[i:].
func skipBlanks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\n' || !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// Sentences returns the text of each sentence of s, as Split finds them.
func Sentences(s string) []string {
	ss := Split(s)
	out := make([]string, len(ss))
	for i, sen := range ss {
		out[i] = sen.Text
	}
	return out
}
