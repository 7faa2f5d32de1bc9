package text

import (
	"strings"
	"unicode"
)

// NormalizeArabic returns s with the letters Arabic writes several ways made
// one: alef with hamza or madda (أ إ آ ٱ) is alef (ا), alef maqsura (ى) is
// ya (ي), ta marbuta (ة) is ha (ه); tatweel (ـ) and harakat (the short
// vowel marks) are removed. Other text is unchanged.
func NormalizeArabic(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x0600 && r <= 0x06ff }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b.WriteRune('ا')
		case r == 'ى':
			b.WriteRune('ي')
		case r == 'ة':
			b.WriteRune('ه')
		case r == 'ـ', r >= 0x064b && r <= 0x065f, r == 0x0670, unicode.Is(unicode.Mn, r) && unicode.Is(unicode.Arabic, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
