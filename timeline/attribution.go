package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A long sentence that quotes someone names the speaker at its end:
// "“This should not disrupt the clear, unanimous outcome of the New York
// Declaration … respectful of national interests,” U.N. Spokesman
// Stephane Dujarric said Monday." Cut to a line at its end, the summary
// kept the quotation and lost who said it and when. Such a sentence is
// cut inside its quotation instead, keeping the attribution whole: "“This
// should not disrupt … for such a global compact…” U.N. Spokesman Stephane
// Dujarric said Monday."

// maxAttributionRunes is the longest tail after a quotation's closing mark
// kept whole as its attribution: "U.N. Spokesman Stephane Dujarric said
// Monday." is 45; a tail much longer is a sentence going on, not a
// speaker, and is cut as before.
const maxAttributionRunes = 80

// minQuotedRunes is the least of a quotation kept before the ellipsis, so
// that the summary still says what was said.
const minQuotedRunes = 60

// closingQuotes are the marks that close a quotation in the coverage's
// languages (German closes with “ what „ opens).
const closingQuotes = "”\"»“」’"

// shortenQuoted returns s cut inside its quotation with its attribution
// kept whole (see above), and whether s is such a sentence.
func shortenQuoted(s string, max int) (string, bool) {
	closeAt := strings.LastIndexAny(s, closingQuotes)
	if closeAt <= 0 || !strings.ContainsAny(s[:closeAt], closingQuotes+"„«「‘‚") {
		return "", false
	}
	tail := s[closeAt:] // the closing mark and the attribution
	after := tail[utf8.RuneLen([]rune(tail)[0]):]
	// The attribution follows the mark after a space, or a comma ("“, sagte …").
	if !strings.HasPrefix(after, " ") && !strings.HasPrefix(after, ", ") {
		return "", false
	}
	attribution := strings.TrimSpace(strings.TrimPrefix(after, ","))
	n := utf8.RuneCountInString(attribution)
	if n == 0 || n > maxAttributionRunes || !strings.ContainsFunc(attribution, unicode.IsLetter) {
		return "", false
	}
	budget := max - utf8.RuneCountInString(tail) - 1
	if budget < minQuotedRunes {
		return "", false
	}
	head := []rune(strings.TrimRight(s[:closeAt], " ,;:"))
	if len(head) <= budget {
		return "", false
	}
	cut := strings.LastIndexByte(string(head[:budget]), ' ')
	if cut <= 0 {
		return "", false
	}
	return strings.TrimRight(string(head[:budget])[:cut], " ,;:") + "…" + tail, true
}
