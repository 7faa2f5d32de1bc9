package timeline

import (
	"strings"
	"unicode"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/footnote-bot/footnote/text"
)

// The parser's match can run on into the function words after a date and
// read them as part of it: in "The U.S. announcement came just before the
// start Monday of a global conference on migration" (VOA) it matches
// "Monday of a" and reads a month ("a" as one, January), which is refused,
// so the sentence named no day at all. A match the finder refuses is read
// again without its trailing function words (a closed class per
// language), so "Monday" stands alone; a match that is a date as it is
// never changes.

// maxTrailingWords bounds how many function words are dropped from the
// end of a refused match: "of a", "de la", "of the" are two; more would be
// a clause, not a date's tail.
const maxTrailingWords = 2

// withoutTrailing returns the date the match r gives once its trailing
// function words are dropped, the words read, and whether it gives one.
func (f dateFinder) withoutTrailing(s string, r dateparser.SearchResult) (dated, string, bool) {
	x, ok := f.headOf(r)
	if !ok {
		return dated{}, "", false
	}
	if d, ok := f.accept(s, x); ok {
		return d, x.Text, true
	}
	return dated{}, "", false
}

// headOf returns the parser's reading of match r without its trailing
// function words (at most maxTrailingWords), when there are some and the
// parser reads the rest whole.
func (f dateFinder) headOf(r dateparser.SearchResult) (dateparser.SearchResult, bool) {
	words := text.Words(r.Text)
	end := len(words)
	for end > 1 && len(words)-end < maxTrailingWords {
		w := strings.ToLower(text.Fold(words[end-1].Text))
		if !text.IsStopWord(f.lang, w) && !text.IsStopWord(text.English, w) {
			break
		}
		end--
	}
	if end == len(words) {
		return dateparser.SearchResult{}, false
	}
	head := r.Text[:words[end-1].End]
	_, found, err := dateparser.Search(f.cfg, head)
	if err != nil {
		return dateparser.SearchResult{}, false
	}
	for _, x := range found {
		if strings.TrimSpace(x.Text) == strings.TrimSpace(head) {
			return x, true // only the whole head, as the parser read it before
		}
	}
	return dateparser.SearchResult{}, false
}

// The parser also reads a day out of the article after a month: "dropped
// the quota plan in June after a long dispute" is "in June after a", the
// first of June ("a" as one), and "last December, after a review" the
// first of December. The timeline's finder (the one reading yearless
// months) reads such a match as its head says, a month, when the head
// without its function words is a month (round twenty).

// monthBeforeFunctionWords returns the month r's head gives when r, a day,
// has its day only from its trailing function words.
func (f dateFinder) monthBeforeFunctionWords(r dateparser.SearchResult) (dateparser.SearchResult, bool) {
	if !f.yearless || r.Date.Period != date.Day || strings.ContainsFunc(r.Text, unicode.IsDigit) {
		return r, false
	}
	x, ok := f.headOf(r)
	if !ok || x.Date.Period != date.Month {
		return r, false
	}
	return x, true
}
