package timeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
)

// The import takes a full date that opens a paragraph for the page's
// dateline (corpus/date.go), and so dates a page by the first words of a
// sentence such as "في 19 سبتمبر 2016، اعتمدت الجمعية العامة …" (Al-Italiya's
// Arabic page on the US exit of December 2017, published, to the import,
// on 19 September 2016) or "On 3 December 2017, President Donald Trump
// opted out …" (IRIN's later comment). Such a date, followed by a comma and
// the sentence, is an adverbial: the day of the event the sentence tells,
// not the page's (text.OpensClause, as dateline reads an undated page).
// The import keeps that date, as the answers need it (round sixteen
// dropped the change there: IRIN's version left the answers), so the
// timeline alone reads such a page as undated: its title and first
// sentence are no news of that day, and its sentences are dated by what
// they say, or by an event they share with dated pages (anchor.go).

// publishedDay returns a's publication day as the timeline reads it: the
// import's, unless that day is only a date one of a's paragraphs opens
// with as its adverbial (see above); then zero.
func publishedDay(a footnote.Article, lang string) time.Time {
	if a.Published.IsZero() {
		return a.Published
	}
	f := newDateFinder(lang, time.Time{})
	year := strconv.Itoa(a.Published.Year())
	for _, p := range a.Body() {
		open := p.Text
		if i := maxDatelineOffset + maxOpeningDateBytes; len(open) > i {
			open = open[:i]
		}
		if !strings.Contains(open, year) {
			continue // the date would write the page's year; the parser is costly
		}
		if t, adverbial, ok := openingDate(f, p.Text); ok && adverbial && sameDay(t, a.Published) {
			return time.Time{}
		}
	}
	return a.Published
}

// maxOpeningDateBytes is how much text after maxDatelineOffset is looked
// at for the page's year before the costly parser reads a paragraph: a
// written-out date ("19 سبتمبر 2016،", "December 3, 2017,") fits; more
// only costs parsing.
const maxOpeningDateBytes = 40

// sameDay reports whether t and u fall on the same calendar day.
func sameDay(t, u time.Time) bool {
	return t.Year() == u.Year() && t.Month() == u.Month() && t.Day() == u.Day()
}
