package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Days of a month are dates, not counts. The header's "Published by
// Foreign Policy on December 2, 2017" holds a "2", and so did every line
// of the header through its context: "whats 2 plus 2" was answered with
// the dateline, the "2" of a sum taken for the day of the month. A number
// of the question that could be a day but is written apart from any month
// (qterm.count) now matches no number a sentence, or its paragraph, writes
// only as a day of a month ("December 2", "2 Dec.", "Dec. 10-11"); a
// question's own day ("what happened on December 2") matches as before,
// and so does every number written otherwise ("23 objectives", "all 193
// member states", a year).

// countIn reports whether number, a word of question q, could be a day of
// a month but is written apart from any month there.
func countIn(q, number string) bool {
	if !mayBeDay(number) {
		return false
	}
	toks := text.Tokens(q)
	for i, t := range toks {
		if t.Text == number && (writtenAsDay(toks, i) || nextToDay(q, toks, i)) {
			return false
		}
	}
	return true
}

// nextToDay reports whether toks[i], of q, is joined by a dash or a slash
// to a number that may be a day of a month: a span of days ("the 10-11
// meeting") or a date in numbers ("12/2") that q writes without a month's
// name. ("2 + 2" is a sum.)
func nextToDay(q string, toks []text.Token, i int) bool {
	spans := func(a, b text.Token) bool {
		sep := q[a.End:b.Start]
		return mayBeDay(a.Text) && mayBeDay(b.Text) && (sep == "-" || sep == "–" || sep == "/")
	}
	return i > 0 && spans(toks[i-1], toks[i]) || i+1 < len(toks) && spans(toks[i], toks[i+1])
}

// mayBeDay reports whether w is written in digits as a day of a month may
// be (isDayNumber).
func mayBeDay(w string) bool { return text.IsDigits(w) && isDayNumber(w) }

// writtenAsDay reports whether toks[i] is a day of a month: a number that
// may be one next to a month's name ("December 2", "2 December", "Dec.
// 10"), or a day of a span of them ("Dec. 10-11", "10-11 December").
func writtenAsDay(toks []text.Token, i int) bool {
	if !mayBeDay(toks[i].Text) {
		return false
	}
	isMonth := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		_, ok := monthKey(toks[j].Text)
		return ok
	}
	if isMonth(i-1) || isMonth(i+1) {
		return true
	}
	return i >= 2 && mayBeDay(toks[i-1].Text) && isMonth(i-2) || i+2 < len(toks) && mayBeDay(toks[i+1].Text) && isMonth(i+2)
}

// onlyDaysIn reports whether t, a count of the question, is written in s
// only as days of a month (or not at all): s holds no number it counts.
func (t qterm) onlyDaysIn(s string) bool {
	if !t.count {
		return false
	}
	toks := text.Tokens(s)
	for i, tok := range toks {
		if tok.Text == t.Word && !writtenAsDay(toks, i) {
			return false
		}
	}
	return true
}

// onlyDaysInParagraph reports whether t, a count of the question, is
// written in s's paragraph only as days of a month. A paragraph that does
// not write it at all lends it from its neighbour, which is read as
// before.
func (t qterm) onlyDaysInParagraph(s sentence) bool {
	if !t.count {
		return false
	}
	para := strings.Join(s.all, " ")
	if !strings.Contains(para, t.Word) {
		return false
	}
	return t.onlyDaysIn(para)
}
