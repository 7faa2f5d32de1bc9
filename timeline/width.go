package timeline

import (
	"golang.org/x/text/width"
)

// The bounds of a quotable sentence (minSentenceRunes, maxSentenceRunes)
// were set on alphabetic text, where a word is five or six letters. A
// Hangul syllable or a Chinese character holds as much as two or three
// letters, so a Korean sentence as full as an English one of 40 letters
// has 20 or so: "미국은 지난 10월 반(反)이스라엘 편견을 조장한" (news1,
// the US leaving UNESCO "last October") is 25 runes and had been taken
// for a dateline or a caption. A sentence that gives a date of its own is
// measured in the columns it takes when printed (Unicode's East Asian
// Width: a wide or fullwidth character is two, the rest one), the measure
// terminals and monospace fonts use for these scripts (round twenty). A
// title or a lead dated only by its page keeps the rune count: no merge
// joins a Korean or Chinese line to the English tellings of its event (no
// shared roots, crosslang.go), so the short ones stood apart on the
// report's day, a day or two after the event ("美国宣布退出《全球移民协议》",
// a forum post of 4 December on the US notice of the 2nd).

// sentenceWidth is how many columns s takes printed: two for each wide or
// fullwidth character (Hangul, Han, kana), one for every other.
func sentenceWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
