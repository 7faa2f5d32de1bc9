package footnote

import (
	"strings"
	"unicode"
)

// foldReplacer maps typographic variants to their plain forms so that a
// quote typed or generated with straight quotes and hyphens still matches
// the article's curly quotes and dashes.
var foldReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...",
	"\u00a0", " ", "\u200b", "",
)

// Normalize folds curly quotes, dashes and runs of whitespace and lowercases
// s, so that two renderings of the same words compare equal.
func Normalize(s string) string {
	s = foldReplacer.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
