package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form two renderings of the same words share, for
// comparison only (never for display): compatibility forms unified
// (fullwidth "Ｕ" is "u", "ﬁ" is "fi", "…" is "..."), case folded ("ß" is
// "ss", a Turkish dotless "ı" is "i"), accents of Latin, Greek, Cyrillic,
// Arabic and Hebrew letters removed ("Dvořák" is "dvorak", "Erdoğan" is
// "erdogan"), curly quotes and guillemets made straight, every dash a "-",
// zero-width characters, soft hyphens and bidi controls removed, and runs
// of white space and control characters made one space, with none at
// either end. Marks that are
// part of a letter elsewhere (Japanese dakuten, Devanagari vowel signs)
// are kept.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	s = norm.NFKD.String(s)
	if strings.ContainsAny(s, caseFoldSpecial) {
		s = cases.Fold().String(s)
	} else {
		s = strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var base rune // the last letter written, whose marks are being read
	for _, r := range s {
		mark := false
		switch {
		case r > ' ' && r < utf8.RuneSelf && r != 0x7f: // the common case, first
		case unicode.IsSpace(r), unicode.IsControl(r):
			space, base = true, ' '
			continue
		case unicode.Is(unicode.Mn, r):
			if stripsMarks(base) {
				continue
			}
			mark = true
		case unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		r = foldPunct(r)
		if !mark {
			base = r
		}
		b.WriteRune(r)
	}
	out := b.String()
	if IsASCII(out) {
		return out
	}
	return norm.NFC.String(out)
}

// caseFoldSpecial are the letters whose case folding is not their
// lowercase (ß folds to "ss", final ς to σ); text without them takes the
// faster strings.ToLower.
const caseFoldSpecial = "ßẞςΐΰᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏﬀﬁﬂﬃﬄﬅﬆİ"

// IsASCII reports whether s is all ASCII (and so folds without its
// accents being looked at).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII folds an ASCII s without allocating when it is already folded;
// ok is false when s is not ASCII.
func foldASCII(s string) (folded string, ok bool) {
	upper, spaced := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case 'A' <= c && c <= 'Z':
			upper = true
		case c < ' ', c == 0x7f:
			spaced = true
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			spaced = true
		}
	}
	switch {
	case spaced:
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r)
		}), " "), true
	case upper:
		return strings.ToLower(s), true // a capitalised word: one copy, not a split and a join
	}
	return s, true
}

// stripsMarks reports whether the combining marks after base are accents
// to drop: base is a letter of Latin, Greek, Cyrillic, Arabic or Hebrew
// script, or no letter at all. Marks are kept on the letters of other
// scripts, where they are part of the letter.
func stripsMarks(base rune) bool {
	return base < 0x300 || unicode.In(base, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic, unicode.Hebrew, unicode.Common)
}

// foldPunct maps typographic quotes to straight ones, dashes and the minus
// sign to "-", and a Turkish dotless i to i; other runes are unchanged.
func foldPunct(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', '‹', '›':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '−':
		return '-'
	case 'ı':
		return 'i'
	}
	if unicode.Is(unicode.Pd, r) {
		return '-'
	}
	return r
}

// FoldWords returns the words ws, folded (see Fold): the words of
// "the U.S. and États-Unis" (see Words) give "the", "u", "s", "and",
// "etats", "unis".
func FoldWords(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = Fold(w.Text)
	}
	return out
}

// FoldedTokens returns the tokens of s (see Tokens) folded (see Fold):
// "the U.S. and États-Unis" gives "the", "us", "and", "etats", "unis".
func FoldedTokens(s string) []string {
	toks := Tokens(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = Fold(t.Text)
	}
	return out
}
