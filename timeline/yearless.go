package timeline

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A month written without its year is read against the page's own day
// (round twenty): "EU leaders dropped the mandatory quota plan in June" in
// an AFP story of 2 November 2018 is June 2018, "O pacto foi ratificado em
// dezembro" on 2 January 2019 is December 2018, and the Korean "지난 10월"
// ("last October") on 3 December 2017 is October 2017. The parser, told to
// prefer the past, reads any such month; the finder had refused them all,
// since "may" and "march" are verbs too and a month is as often a plan
// ("the accord is to be formally adopted in December"). A yearless month is
// now a date of its sentence when
//   - a word places it: a "last" word before or after it ("last December",
//     "junio pasado", "지난 10월", lastWords), which puts it in the latest
//     such month before the page's; or a preposition of place and time before
//     it ("in", "en", "em", "im", "a": text.IntroducesPlace), which puts it
//     in the year nearest the page's day, as a day written without its year
//     is (nearestYear); a month standing alone ("may", "March on") is none;
//   - so placed it is not after the page's month (ahead of the page it is a
//     plan: "in December" in a July story), and no word of planning stands
//     before it in its clause ("will", "due", "scheduled": IsPlanWord);
//     a month as far back as ahead is no reading at all;
//   - it stands in no relative clause, restrictive or not ("the compact,
//     whose final text was agreed in July, is set to be adopted …" tells
//     the compact's adoption, not its July);
//   - the sentence gives no day: a day is what the news is of ("The
//     United States quit talks on the pact last December, … and Austria
//     followed suit on Wednesday" stays Austria's Wednesday).
// Only the timeline reads them (dateFinder.yearless): the claim check's
// Dater, which wants days, and the anchoring of undated pages, whose day is
// not the page's own, are unchanged; an undated page gives none, but for
// the rest of a line opening with a wire's dateline, read against the
// dateline's day (dateline.go).

// lastAfterMonth are the "last" words that follow the month they place
// ("junio pasado", "juin dernier", "giugno scorso"); before it, every
// lastWords word does ("last December", "지난 10월", "pasado diciembre").
// A unit of time after the word makes it another reading ("September
// letzten Jahres", the September of last year), which is not taken.
func followedByLast(s, match string) bool {
	i := strings.Index(s, match)
	if i < 0 {
		return false
	}
	after := strings.Fields(s[i+len(match):])
	if len(after) == 0 || !lastWords[text.Fold(strings.Trim(after[0], clauseEnd+quoteMarks+"."))] {
		return false
	}
	if endsClause(after[0]) || len(after) == 1 {
		return true
	}
	next := text.Fold(strings.Trim(after[1], clauseEnd+quoteMarks+"."))
	return !unitWords[next] && !yearGenitive[next]
}

// yearGenitive are the forms of "year" a unit takes after "last" that
// unitWords, the nominatives and plurals, lacks ("letzten Jahres").
var yearGenitive = map[string]bool{"jahres": true}

// yearlessMonth places month t, read by the parser from match in s without
// a year, against the page's day (see above), and reports whether it is a
// date of the sentence.
func (f dateFinder) yearlessMonth(s, match string, t time.Time) (time.Time, bool) {
	if !f.yearless || f.published.IsZero() || f.anchored {
		return time.Time{}, false
	}
	last := hasWord(match, lastWords) || precededBy(s, match, lastWords) || followedByLast(s, match)
	if !last && !f.prepositioned(s, match) {
		return time.Time{}, false
	}
	if plannedBefore(s, match) {
		return time.Time{}, false
	}
	page := time.Date(f.published.Year(), f.published.Month(), 1, 0, 0, 0, 0, time.UTC)
	m := time.Date(f.published.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	if last {
		for !m.Before(page) {
			m = m.AddDate(-1, 0, 0)
		}
		return m, true
	}
	if m.Equal(page) {
		return m, true
	}
	back, ahead := m, m
	if m.After(page) {
		back = m.AddDate(-1, 0, 0)
	} else {
		ahead = m.AddDate(1, 0, 0)
	}
	if monthsBetween(back, page) >= monthsBetween(page, ahead) {
		// Nearer ahead it is a plan; as far either way, no reading.
		return time.Time{}, false
	}
	return back, true
}

// monthsBetween is how many months b is after a.
func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// prepositioned reports whether the month match opens with, or follows, a
// preposition of place and time of the page's language or of English
// ("in June", "em dezembro", "a luglio").
func (f dateFinder) prepositioned(s, match string) bool {
	isPrep := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, clauseEnd+quoteMarks))
		return text.IntroducesPlace(f.lang, w) || text.IntroducesPlace(text.English, w)
	}
	if ws := strings.Fields(match); len(ws) > 1 && isPrep(ws[0]) {
		return true
	}
	i := strings.Index(s, match)
	if i < 0 {
		return false
	}
	before := strings.Fields(s[:i])
	return len(before) > 0 && !endsClause(before[len(before)-1]) && isPrep(before[len(before)-1])
}

// plannedBefore reports whether a word of planning (IsPlanWord) stands
// before match in its clause: "due to be signed in Morocco in December",
// "will be adopted in December".
func plannedBefore(s, match string) bool {
	i := strings.Index(s, match)
	if i < 0 {
		return false
	}
	before := strings.Fields(s[:i])
	for k := len(before) - 1; k >= 0; k-- {
		w := before[k]
		if endsClause(w) && k < len(before)-1 {
			return false
		}
		if IsPlanWord(text.Fold(strings.Trim(w, clauseEnd+quoteMarks))) {
			return true
		}
		if first, _ := utf8.DecodeRuneInString(w); strings.ContainsRune(clauseEnd, first) {
			return false
		}
	}
	return false
}
