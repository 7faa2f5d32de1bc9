package answer

import (
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/text"
)

// Times written in ways the word tokens cut apart. A time question's
// versions are read from a sentence's tokens (see valueAt), which know a
// month or weekday by its name in one word; two ways the coverage's
// non-English outlets write a day were read as no time at all:
//   - a hyphenated name, cut at its hyphen: Portuguese weekdays
//     ("disse na segunda-feira", "nesta quarta-feira"), whose halves alone
//     are ordinal numbers ("segunda", second) and not in the calendar
//     table;
//   - a date by numbers and unit characters, in Chinese and Japanese
//     ("12月3日", cut into "12" "月" "3" "日") and Korean ("12월 3일",
//     "2일"): the month is a number, and a day alone ("米国の国連代表部が
//     2日、明らかにした", the US mission said on the 2nd) is a day of the
//     report's month, as these outlets write a day of this month.
// timeTokens gives such a sentence's tokens with the time as valueAt reads
// an English one: one token for the hyphenated name, the English name of
// the month for a month number, and the report's month after a day alone.

// Unit characters that follow a month or day number in a date.
const (
	monthMarkCJK = "月" // Chinese and Japanese month
	dayMarkCJK   = "日" // Chinese and Japanese day
	monthMarkKo  = "월" // Korean month
	dayMarkKo    = "일" // Korean day
)

// timeTokens returns the tokens of s (see text.Tokens) with hyphenated
// calendar names joined and number dates turned into names (see above).
// pub is the report's date, which a day without its month is a day of:
// the last such day up to the report (the 2nd in a report of the 3rd is
// this month's; the 30th, last month's); zero when unknown, and then such
// a day is left as it is.
func timeTokens(s string, pub time.Time) []text.Token {
	return timeTokensOf(s, text.Tokens(s), pub)
}

// timeTokensOf is timeTokens over toks, the tokens of s.
func timeTokensOf(s string, toks []text.Token, pub time.Time) []text.Token {
	if !writesNumberDate(toks) && !joinsCalendarName(s, toks) {
		return toks // the common case: nothing to join or read
	}
	out := make([]text.Token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if hyphenated(s, toks, i) {
			if _, ok := calendarName(t.Text + "-" + toks[i+1].Text); ok {
				out = append(out, text.Token{Text: t.Text + "-" + toks[i+1].Text, Start: t.Start, End: toks[i+1].End})
				i++
				continue
			}
		}
		num, mark, joined := t.Text, "", false
		if text.IsDigits(t.Text) && i+1 < len(toks) && t.End == toks[i+1].Start {
			mark = toks[i+1].Text
		} else if n, ok := strings.CutSuffix(t.Text, monthMarkKo); ok && text.IsDigits(n) {
			num, mark, joined = n, monthMarkKo, true
		} else if n, ok := strings.CutSuffix(t.Text, dayMarkKo); ok && text.IsDigits(n) {
			num, mark, joined = n, dayMarkKo, true
		}
		n, _ := strconv.Atoi(num)
		switch {
		case (mark == monthMarkCJK || mark == monthMarkKo) && n >= 1 && n <= 12:
			out = append(out, text.Token{Text: time.Month(n).String(), Start: t.Start, End: t.End})
		case (mark == dayMarkCJK || mark == dayMarkKo) && n >= 1 && n <= 31:
			out = append(out, text.Token{Text: num, Start: t.Start, End: t.End})
			if !monthBefore(out) && !pub.IsZero() {
				// A day alone: a day of the report's month, or of the month
				// before when it falls after the report.
				m := pub.Month()
				if n > pub.Day() {
					m = pub.AddDate(0, 0, -pub.Day()).Month()
				}
				out = append(out, text.Token{Text: m.String(), Start: t.Start, End: t.End})
			}
		default:
			out = append(out, t)
			continue
		}
		if !joined {
			i++ // the unit character is read with its number
		}
	}
	return out
}

// hyphenated reports whether tokens i and i+1 of toks (tokens of s) are
// joined by a hyphen alone.
func hyphenated(s string, toks []text.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Start == toks[i].End+1 && s[toks[i].End] == '-'
}

// joinsCalendarName reports whether two tokens of toks (tokens of s)
// joined by a hyphen are one calendar name ("segunda-feira").
func joinsCalendarName(s string, toks []text.Token) bool {
	for i := range toks {
		if hyphenated(s, toks, i) {
			if _, ok := calendarName(toks[i].Text + "-" + toks[i+1].Text); ok {
				return true
			}
		}
	}
	return false
}

// monthBefore reports whether the token before the last of toks names a
// month: the day that ends toks has its month ("12月3日").
func monthBefore(toks []text.Token) bool {
	if len(toks) < 2 {
		return false
	}
	_, ok := monthKey(toks[len(toks)-2].Text)
	return ok
}

// writesNumberDate reports whether toks (tokens of a text) write a day
// or month by a number and its unit character (see timeTokens): the text
// tells a time.
func writesNumberDate(toks []text.Token) bool {
	for i, t := range toks {
		mark := ""
		if text.IsDigits(t.Text) && i+1 < len(toks) && t.End == toks[i+1].Start {
			mark = toks[i+1].Text
		}
		if mark == monthMarkCJK || mark == dayMarkCJK {
			return true
		}
		for _, m := range []string{monthMarkKo, dayMarkKo} {
			if n, ok := strings.CutSuffix(t.Text, m); ok && text.IsDigits(n) {
				return true
			}
		}
	}
	return false
}
