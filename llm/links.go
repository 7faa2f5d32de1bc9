package llm

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A link in a claim is a fact like a name or a number, but stricter: a URL,
// a domain, an e-mail address or a Markdown link must appear verbatim in
// the cited paragraph, or the claim fails. A model's answer never shows a
// link that the article doesn't contain.

// linkRe matches, in this order, a Markdown link "[text](target)", a URL
// with a scheme, an e-mail address, and a bare domain (with its path).
var linkRe = regexp.MustCompile(`\[[^\]\n]*\]\([^)\n]*\)` +
	`|(?i:[a-z][a-z0-9+.\-]*://[^\s<>"'\x60]+)` +
	`|(?i:[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)` +
	`|(?i:\b(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z][a-z0-9\-]*[a-z]\b(?:/[^\s<>"'\x60]*)?)`)

// links returns the links of s, each as written, and s with them blanked
// out (so that their words aren't counted as the claim's words).
func links(s string) ([]string, string) {
	if !mayHaveLink(s) {
		return nil, s
	}
	locs := linkRe.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return nil, s
	}
	var out []string
	var b strings.Builder
	last := 0
	for _, l := range locs {
		m := s[l[0]:l[1]]
		if m[0] != '[' {
			// Sentence punctuation and closing brackets after a link are
			// not part of it.
			m = strings.TrimRight(m, ".,;:!?)]}’”»")
		}
		if m == "" {
			continue
		}
		out = append(out, m)
		b.WriteString(s[last:l[0]])
		b.WriteByte(' ')
		last = l[1]
	}
	b.WriteString(s[last:])
	return out, b.String()
}

// mayHaveLink is a quick test that spares most claims the regexp: every
// link has "://", "@", "](" or a dot between a letter or digit and two
// more (a domain's last part has two letters at least; "U.S." has one).
func mayHaveLink(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "](") || strings.IndexByte(s, '@') >= 0 {
		return true
	}
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 && i+2 < len(s) && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[i+1]) && isASCIIAlnum(s[i+2]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// containsLink reports whether text contains link verbatim, as a whole:
// "evil.example" is not in "notevil.example.org".
func containsLink(text, link string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], link)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(link)
		if link[0] == '[' || (linkBoundaryBefore(text, start) && linkBoundaryAfter(text, end)) {
			return true
		}
		i = start + 1
	}
	return false
}

func isLinkRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_/@%+~=&#", r)
}

func linkBoundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !isLinkRune(r) && r != '.' && r != ':'
}

func linkBoundaryAfter(text string, i int) bool {
	if i == len(text) {
		return true
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == '.' || r == ':' || r == '?' {
		// Punctuation ends the link unless the link goes on after it.
		if i+size == len(text) {
			return true
		}
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		return !isLinkRune(next)
	}
	return !isLinkRune(r)
}
