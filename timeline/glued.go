package timeline

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// A dateline can reach the page glued to the sentence it opens, its
// separator lost: UN News's "December 10, 2018The UN chief said that in
// recent months there had been “many falsehoods” …". The date's last digit
// then stands against a capitalised word. Such an opening is a dateline as
// one with a separator is (dateline.go): the sentence is dated by its own
// words, else by the dateline's day; and its summary shows the sentence
// without the glued date, which the event's date already gives.

// gluedOpening matches a digit followed at once by a capitalised word, the
// place a dateline's separator was lost.
var gluedOpening = regexp.MustCompile(`\d\p{Lu}\p{Ll}`)

// gluedAt returns where the sentence after a glued opening starts in s
// (past the digit), or -1 when s has none within maxDatelineOffset runes.
func gluedAt(s string) int {
	m := gluedOpening.FindStringIndex(s)
	if m == nil || utf8.RuneCountInString(s[:m[0]]) >= maxDatelineOffset {
		return -1
	}
	return m[0] + 1
}

// splitGlued is splitDateline for a glued opening: the date of the
// dateline that opens s, the rest of s, and whether s opens with one.
func (f dateFinder) splitGlued(s string) (dated, string, bool) {
	i := gluedAt(s)
	if i < 0 {
		return dated{}, "", false
	}
	head := s[:i]
	d, match, found := f.findMatch(head)
	if !found || d.month || !placesOnly(strings.Replace(f.parseable(head), match, " ", 1), f.lang) {
		return dated{}, "", false
	}
	return d, s[i:], true
}

// unglued returns the summary of x without the glued dateline that opens
// it, its quote itself when it has none (see above).
func unglued(x candidate) string {
	s := x.cite.Quote
	if x.filed.t.IsZero() || gluedAt(s) < 0 {
		return s
	}
	if _, rest, ok := newDateFinder(string(x.lang), time.Time{}).splitGlued(s); ok {
		return rest
	}
	return s
}
