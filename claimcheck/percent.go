package claimcheck

import (
	"regexp"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// unitPercent is the unit of a share written "1%", "one per cent",
// "5 por ciento" or "5 Prozent": one unit however it is written.
const unitPercent = "(percent)"

// percentWords are the folded words, one or two, that make the number
// before them a share, in the languages of the coverage.
var percentWords = [][]string{
	{"percent"}, {"per", "cent"}, {"pct"}, {"por", "ciento"}, {"por", "cento"}, {"pour", "cent"}, {"prozent"}, {"per", "cento"},
}

// onePercent matches "one" written out before a word of a share, in the
// languages of the coverage ("one per cent", "un por ciento", "ein
// Prozent"): there "one" is a number, where elsewhere it is as often an
// article or a pronoun (see timeline.WithDigits).
var onePercent = regexp.MustCompile(`(?i)\b(?:one|un|uno|una|um|uma|une|ein|eins)(\s+(?:per\s?cent|percent|por\s+ciento|por\s+cento|pour\s+cent|prozent|per\s+cento)\b)`)

// withPercentDigits writes "one" before a word of a share as "1". Every
// word of a share holds a "c" or a "z" ("cent", "ciento", "Prozent"): a
// text without one is returned without running the expression.
func withPercentDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == 'c' || r == 'C' || r == 'z' || r == 'Z' }) {
		return s
	}
	return onePercent.ReplaceAllString(s, "1$1")
}

// isPercent reports whether rest, the text after a number, opens with a
// share's sign or words ("%", "per cent").
func isPercent(rest string) bool {
	if strings.HasPrefix(strings.TrimLeft(rest, " \u00a0\u202f"), "%") {
		return true
	}
	next := text.Words(rest)
	for _, ws := range percentWords {
		if len(next) < len(ws) || !joined(rest[:next[0].Start]) {
			continue
		}
		match := true
		for k, w := range ws {
			match = match && text.Fold(next[k].Text) == w
		}
		if match {
			return true
		}
	}
	return false
}
