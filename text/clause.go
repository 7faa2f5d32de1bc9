package text

import (
	"strings"
	"unicode"
)

// clauseCommas are the commas of the coverage's scripts (Latin, Arabic,
// CJK ideographic and full-width): a closed class.
const clauseCommas = ",،、，"

// OpensClause reports whether rest, the text from the end of a date that
// opens a paragraph, goes on with a comma and a word: the date is then an
// adverbial of the sentence ("On 3 December 2017, President Donald Trump
// opted out …", "في 19 سبتمبر 2016، اعتمدت الجمعية العامة …"), the day of an
// event the page tells, not the page's dateline, which ends at a colon, a
// dash or a bracket ("December 4, 2017: Yesterday, …", "4 December —"), or
// goes on with its time ("Dec 3, 2017, 10:05").
func OpensClause(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	c := TrailingComma(string([]rune(rest)[0]))
	if c == "" {
		return false
	}
	next := strings.TrimLeft(rest[len(c):], " ")
	return next == "" || !unicode.IsDigit([]rune(next)[0])
}

// TrailingComma returns the comma that ends s (the parser's match may
// hold it: "في 19 سبتمبر 2016،"), or "".
func TrailingComma(s string) string {
	s = strings.TrimRight(s, " ")
	for _, c := range clauseCommas {
		if strings.HasSuffix(s, string(c)) {
			return string(c)
		}
	}
	return ""
}
