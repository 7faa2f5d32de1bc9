package footnote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MarkerRef is one paragraph a citation marker names: the source label as
// written (empty in a bare "[¶7]") and the paragraph number.
type MarkerRef struct {
	// Label is the source label before the pilcrow, as written.
	Label string
	// N is the paragraph number.
	N int
}

// MarkerSpan is a citation marker found in a text: s[Start:End] is the
// marker, and Refs the paragraphs it names, in order.
type MarkerSpan struct {
	// Start and End delimit the marker in the text, in bytes.
	Start, End int
	// Refs are the paragraphs the marker names.
	Refs []MarkerRef
}

// maxMarkerDigits caps a paragraph number in a marker; "[¶12345]" is not a
// citation (no article has that many paragraphs), and a longer run of
// digits would overflow.
const maxMarkerDigits = 4

// maxWrittenLabelRunes is the longest label the marker parser takes before
// a pilcrow. It is longer than the labels Footnote writes, since a model
// may write an outlet in full ("Reuters", "Foreign-Policy").
const maxWrittenLabelRunes = 24

// markerSeparators join the refs of one marker: "[FP ¶2, ¶3]", "[¶2 and 3]",
// in the languages a model may answer in.
var markerSeparators = [...]string{",", ";", "&", "-", "–", "and ", "y ", "et ", "und ", "e "}

// FindMarkers returns the citation markers of s, in order: "[FP ¶7]",
// "[¶7]", "(¶7)", "[FP ¶2, ¶3]", "[FP ¶2; TNP ¶1]", "[¶ 2 and 3]".
func FindMarkers(s string) []MarkerSpan {
	var out []MarkerSpan
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "[(")
		if j < 0 {
			break
		}
		i += j
		if m, ok := markerAt(s, i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i++
	}
	return out
}

// markerAt parses a marker starting at s[i], which is '[' or '('.
func markerAt(s string, i int) (MarkerSpan, bool) {
	m := MarkerSpan{Start: i}
	closer := byte(']')
	if s[i] == '(' {
		closer = ')'
	}
	k := i + 1
	spaces := func() {
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
	}
	// ref parses "[label ]¶ N"; the pilcrow may be left out after the
	// first ref ("¶2 and 3").
	ref := func(first bool) bool {
		spaces()
		label := ""
		if l, n := labelAt(s[k:]); n > 0 {
			rest := strings.TrimLeft(s[k+n:], " \t")
			if strings.HasPrefix(rest, "¶") {
				label = l
				k = len(s) - len(rest)
			}
		}
		if strings.HasPrefix(s[k:], "¶") {
			k += len("¶")
		} else if first || label != "" {
			return false
		}
		spaces()
		n, d := 0, 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' && d < maxMarkerDigits {
			n = n*10 + int(s[k]-'0')
			k++
			d++
		}
		if d == 0 || (k < len(s) && s[k] >= '0' && s[k] <= '9') {
			return false
		}
		m.Refs = append(m.Refs, MarkerRef{Label: label, N: n})
		return true
	}
	if !ref(true) {
		return m, false
	}
	for {
		spaces()
		if k < len(s) && s[k] == closer {
			m.End = k + 1
			return m, true
		}
		sep := false
		for _, w := range markerSeparators {
			if strings.HasPrefix(s[k:], w) {
				k += len(w)
				sep = true
				break
			}
		}
		if !sep || !ref(false) {
			return m, false
		}
	}
}

// labelAt returns the source label at the start of s (letters, digits,
// dots, hyphens and underscores, starting with a letter or digit) and its
// length in bytes, or 0.
func labelAt(s string) (string, int) {
	n, runes := 0, 0
	for n < len(s) && runes < maxWrittenLabelRunes {
		r, size := utf8.DecodeRuneInString(s[n:])
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || (n > 0 && (r == '.' || r == '-' || r == '_'))
		if !ok {
			break
		}
		n += size
		runes++
	}
	return s[:n], n
}
