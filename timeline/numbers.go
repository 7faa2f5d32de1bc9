package timeline

import (
	"strconv"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// smallestWritten is the smallest number written out that WithDigits
// turns into digits: the date parser reads "hace 2 días" but not "hace dos
// días". One is left out: "un", "one" and "ein" are articles as often as
// numbers.
const smallestWritten = 2

// largestWritten is the largest: relative dates count days and weeks, and
// "twenty" in running text is more often part of a longer number.
const largestWritten = 10

// WithDigits writes the numbers two to ten of s in digits (see
// text.NumberWord), in language lang; s is unchanged when it has none.
func WithDigits(s string, lang text.Lang) string {
	var b strings.Builder
	last := 0
	for _, w := range text.Words(s) {
		n, ok := text.NumberWord(lang, w.Text)
		if !ok || n < smallestWritten || n > largestWritten {
			continue
		}
		b.WriteString(s[last:w.Start])
		b.WriteString(strconv.Itoa(n))
		last = w.End
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
