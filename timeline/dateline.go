package timeline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A wire story opens with its dateline: where and when it was filed
// ("UNITED NATIONS, Dec 4 (APP):", "PUERTO VALLARTA, Mexico, 4 December —",
// "December 4, 2017:"). That date is the report's, not the event's: APP's
// "Dec 4 (APP): UN General Assembly President Miroslav Lajcak has
// expressed regrets" tells a statement "issued on Sunday", the 3rd. The
// event's day is the sentence's own time expression when it has one
// ("Yesterday", "began today", read against the dateline); without one the
// sentence is the story's lead, news of the report's day that joins the
// event it repeats (as an article's first sentence does).

// datelineSeparators end a dateline: a colon, a dash, a double hyphen,
// a hyphen between spaces, the Japanese agencies' closing bracket, and the
// replacement character a dash becomes in a badly decoded page.
var datelineSeparators = []string{":", "—", "–", "--", " - ", "】", "\uFFFD"}

// parenthesised is an agency's name in a dateline: "(APP)", "(Xinhua)".
var parenthesised = regexp.MustCompile(`\([^()]*\)`)

// splitDateline returns the date of the dateline that opens sentence s and
// the rest of s, and whether s opens with one: a separator within
// maxDatelineOffset runes, before which stand only a date the finder reads,
// capitalised place names and an agency in parentheses.
func (f dateFinder) splitDateline(s string) (dated, string, bool) {
	if d, rest, ok := f.splitGlued(s); ok {
		return d, rest, true // its separator lost (glued.go)
	}
	sep, width := -1, 0
	for _, x := range datelineSeparators {
		if i := strings.Index(s, x); i > 0 && (sep < 0 || i < sep) {
			sep, width = i, len(x)
		}
	}
	if sep < 0 || utf8.RuneCountInString(s[:sep]) > maxDatelineOffset {
		return dated{}, "", false
	}
	head := s[:sep]
	if !strings.ContainsFunc(head, unicode.IsDigit) {
		return dated{}, "", false // a dateline gives its day in digits; the parser is costly
	}
	d, match, found := f.findMatch(head)
	if !found || d.month || !placesOnly(strings.Replace(f.parseable(head), match, " ", 1), f.lang) {
		return dated{}, "", false
	}
	return d, s[sep+width:], true
}

// placesOnly reports whether what stands around a dateline's date is
// place names and an agency: every word capitalised, and a function word
// only in capitals ("CIUDAD DE MÉXICO"). A clause ("On Saturday, the
// mission said:") fails.
func placesOnly(s string, lang text.Lang) bool {
	for _, w := range text.Words(parenthesised.ReplaceAllString(s, " ")) {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsUpper(r) {
			return false
		}
		folded := text.Fold(w.Text)
		if (text.IsStopWord(lang, folded) || text.IsStopWord(text.English, folded)) && strings.ToUpper(w.Text) != w.Text {
			return false
		}
	}
	return true
}

// eventDate returns the date sentence s gives its event, and whether it
// gives one; filed is the dateline's day when s opens with one (zero
// otherwise), lead is set when only the dateline dates it (see above). The
// rest of a dated line is read against the dateline's day, the day the
// story was filed.
func (f dateFinder) eventDate(s string) (d, filed dated, lead, ok bool) {
	dl, rest, isDateline := f.splitDateline(s)
	if !isDateline {
		d, ok = f.find(s)
		return d, dated{}, false, ok
	}
	at := newDateFinder(string(f.lang), dl.t)
	at.anchored, at.relative, at.yearless = f.anchored, f.relative, f.yearless
	if d, ok := at.find(rest); ok {
		return d, dl, false, true
	}
	return dl, dl, true, true
}
