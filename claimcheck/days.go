package claimcheck

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// daySubjectShare is the share of a claim's content words, and of its
// names, a sentence that dates an event must hold to date the claim's:
// outlets word one event differently ("opted out", "is ending its
// participation"), and the date is what they disagree on; higher misses
// them, lower compares the claim with the day of another event.
const daySubjectShare = 0.5

// weekdayOf returns the day of the week folded word f names, in English
// or in another language of the coverage (see text.EnglishDateName), and
// whether it names one.
func weekdayOf(f string) (time.Weekday, bool) {
	en := f
	if other, ok := text.EnglishDateName(f); ok {
		en = other
	}
	d, ok := englishWeekdays[en]
	return d, ok
}

// englishWeekdays are the English names of the days of the week.
var englishWeekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// namesOf returns each word of the lists, the words of each value
// separated by spaces, with its value.
func namesOf[K comparable](lists map[K]string) map[string]K {
	out := map[string]K{}
	for v, words := range lists {
		for _, w := range strings.Fields(words) {
			out[w] = v
		}
	}
	return out
}

// isWeekday reports whether folded word f names a day of the week.
func isWeekday(f string) bool {
	_, ok := weekdayOf(f)
	return ok
}

// yearRun matches a year written in full.
var yearRun = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// daySlot is the day a claim dates what it says: a weekday, or a day of
// a month (of a year, when the claim writes it).
type daySlot struct {
	weekdays   map[time.Weekday]bool
	day        int
	month      time.Month
	year       int
	hasDayDate bool
}

// claimDay returns the day claim, in language lang, gives, and whether it
// gives one.
func claimDay(claim string, lang text.Lang) (daySlot, bool) {
	slot := daySlot{weekdays: map[time.Weekday]bool{}}
	for _, w := range text.Words(claim) {
		if d, ok := weekdayOf(text.Fold(w.Text)); ok {
			slot.weekdays[d] = true
		}
	}
	// A span of days ("4 to 6 December") is compared by its numbers
	// (contradiction): the parser reads one end of it.
	if countUnit(quantities(claim, lang), unitDate) == 1 {
		// A date with its year is read as written (a far clock would
		// drop it as too old); one without is still a day of a month,
		// read against a far clock.
		clock := footnote.Article{Published: time.Date(lastYear, time.January, 1, 0, 0, 0, 0, time.UTC)}
		year := yearRun.FindString(claim)
		if year != "" {
			clock = footnote.Article{}
		}
		if t, ok := timeline.NewDater(clock, lang).Day(claim); ok {
			slot.day, slot.month, slot.hasDayDate = t.Day(), t.Month(), true
			if year == strconv.Itoa(t.Year()) {
				slot.year = t.Year()
			}
		}
	}
	return slot, slot.hasDayDate || len(slot.weekdays) > 0
}

// hasUnit reports whether qs holds a quantity of unit u.
func hasUnit(qs []quantity, u string) bool {
	return countUnit(qs, u) > 0
}

// countUnit returns how many quantities of unit u qs holds.
func countUnit(qs []quantity, u string) int {
	n := 0
	for _, q := range qs {
		n += boolInt(q.unit == u)
	}
	return n
}

// compare reports whether the day a sentence gives (perhaps only its
// weekday: "said Monday") is the slot's day, and whether
// the two can be compared at all: a weekday says nothing of a day of a
// month whose year the claim doesn't give.
func (s daySlot) compare(sd sentDay) (agrees, comparable bool) {
	t := sd.t
	switch {
	case s.hasDayDate && !sd.weekdayOnly:
		return t.Day() == s.day && t.Month() == s.month && (s.year == 0 || t.Year() == s.year), true
	case s.hasDayDate && s.year != 0:
		return time.Date(s.year, s.month, s.day, 0, 0, 0, 0, time.UTC).Weekday() == sd.weekday, true
	case s.hasDayDate && sd.resolved:
		return t.Day() == s.day && t.Month() == s.month, true
	case s.hasDayDate:
		return false, false
	}
	return s.weekdays[sd.weekday], true
}

// sentenceDay returns the day sentence s dates its event to, and whether
// it names only a weekday, read from the word itself ("said Monday":
// read as a date it may be a week off, and an undated article gives it no
// date at all).
func sentenceDay(s sentence, daterOf func(doc string) (timeline.Dater, bool)) (sd sentDay, ok bool) {
	if !hasUnit(quantities(s.cite.Quote, s.lang), unitDate) {
		for _, w := range text.Words(s.cite.Quote) {
			if d, ok := weekdayOf(text.Fold(w.Text)); ok {
				sd := sentDay{weekday: d, weekdayOnly: true}
				// Read against its article, the weekday is a date
				// too, for a claim that gives no year.
				if dt, ok := daterOf(s.cite.Doc); ok {
					if t, ok := dt.Day(s.cite.Quote); ok && t.Weekday() == d {
						sd.t, sd.resolved = t, true
					}
				}
				return sd, true
			}
		}
	}
	if !hasUnit(quantities(s.cite.Quote, s.lang), unitDate) && !slices.ContainsFunc(text.Words(s.cite.Quote), func(w text.Word) bool { return relativeDays[text.Fold(w.Text)] }) && hasMonth(s) {
		// A month alone ("in September 2016") gives no day.
		return sd, false
	}
	d, ok := daterOf(s.cite.Doc)
	if !ok {
		return sd, false
	}
	t, ok := d.Day(s.cite.Quote)
	return sentDay{t: t, weekday: t.Weekday()}, ok
}

// hasMonth reports whether sentence s names a month.
func hasMonth(s sentence) bool {
	return slices.ContainsFunc(text.Words(s.cite.Quote), func(w text.Word) bool { return isMonth(text.Fold(w.Text), s.lang) })
}

// sentDay is the day a sentence dates its event to: a date, or only a
// weekday.
type sentDay struct {
	t           time.Time
	weekday     time.Weekday
	weekdayOnly bool
	// resolved is set when a weekday-only day was read as a date (t)
	// against its article's publication.
	resolved bool
}

// datedSides returns, among the sentences on the claim's subject that
// date it to the day, the first that gives the claim's day and the first
// that gives another: both, and the sources disagree.
func datedSides(claim string, lang text.Lang, ss []sentence, daterOf func(doc string) (timeline.Dater, bool)) (same, other footnote.Citation, hasSame, hasOther bool) {
	slot, ok := claimDay(claim, lang)
	if !ok {
		return same, other, false, false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	for _, s := range ss {
		if hasSame && hasOther {
			break
		}
		// Joining and leaving are two events, whatever their words.
		if !datesSameEvent(cw, lang, s) || !dayAttached(cw, lang, s) || reversesStance(claim, s.cite.Quote) {
			continue
		}
		sd, ok := sentenceDay(s, daterOf)
		if !ok {
			continue
		}
		agrees, comparable := slot.compare(sd)
		switch {
		case !comparable:
		case agrees && !hasSame:
			same, hasSame = s.cite, true
		case !agrees && !hasOther:
			other, hasOther = s.cite, true
		}
	}
	return same, other, hasSame, hasOther
}

// datesSameEvent reports whether sentence s is on the claim's subject
// closely enough to date it: daySubjectShare of its content words (its
// names among them: "US" names "the United States" too), or, in another language, what aboutSameThing asks.
func datesSameEvent(cw claimWords, lang text.Lang, s sentence) bool {
	sameLang := len(cw.content) > 0 && heldShare(cw, s) >= daySubjectShare
	switch {
	case lang == s.lang:
		return sameLang
	case lang == text.Unknown || s.lang == text.Unknown:
		// Either may be the other's language.
		return sameLang || crossLanguageSubject(cw, s)
	}
	return crossLanguageSubject(cw, s)
}

// dayReach is how many content words from a weekday or date the claim's
// word must be for the day to date it: one, the word just before or after
// ("the US said in its statement on Saturday"); a day further off is
// another event's ("decided to boycott a conference … scheduled to begin
// Monday").
const dayReach = 1

// dayLead is how many words may open a sentence before its day for the
// day to date the whole sentence ("On Saturday, the U.S. mission…",
// "December 4, 2017: Yesterday, …"): more takes a day of a later clause
// for the sentence's.
const dayLead = 3

// relativeDays are the folded words for a day relative to the article's
// ("yesterday"), in the languages of the coverage.
var relativeDays = map[string]bool{}

func init() {
	for _, w := range strings.Fields("yesterday today tomorrow ayer hoy gestern heute hier ontem hoje ieri oggi") {
		relativeDays[w] = true
	}
}

// dayAttached reports whether the day sentence s gives dates what the
// claim says: the sentence opens with it, or the word before or after it
// is one of the claim's, or says someone reported ("said Monday"). A day
// told apart from the claim's words is another event's ("decided to
// boycott a conference scheduled to begin Monday"). True when the
// sentence names no day (it is its article's), or is in another language
// than the claim.
func dayAttached(cw claimWords, lang text.Lang, s sentence) bool {
	if s.otherLanguage(lang) {
		return true
	}
	ws := text.Words(s.cite.Quote)
	folded := text.FoldWords(ws)
	named := false
	for i, f := range folded {
		if !isWeekday(f) && !isMonth(f, s.lang) && !relativeDays[f] {
			continue
		}
		named = true
		if attachedAt(cw, s.cite.Quote, ws, folded, i, dayReach) {
			return true
		}
	}
	return !named
}

// attachedAt reports whether the day or month at ws[i] (folded: folded[i])
// of sentence quote dates what the claim says: it opens the sentence
// (dayLead), or one of the reach content words before or after it in its
// clause (numbers aside) is one of the claim's, or says someone reported
// ("said Monday"). A comma, colon or semicolon ends a clause: "dropped
// out in December, the government of Hungary…" does not date Hungary's
// deed.
func attachedAt(cw claimWords, quote string, ws []text.Word, folded []string, i, reach int) bool {
	if i < dayLead {
		return true
	}
	for _, step := range []int{-1, 1} {
		seen := 0
		for j := i + step; j >= 0 && j < len(folded) && seen < reach; j += step {
			if gap := quote[ws[min(j, j-step)].End:ws[max(j, j-step)].Start]; strings.ContainsAny(gap, ",;:") {
				break
			}
			if !isContent(folded[j]) || strings.ContainsFunc(folded[j], unicode.IsDigit) || dayParts[folded[j]] {
				continue
			}
			if _, ok := cw.content[stem(folded[j])]; ok || relatedness.Reports(folded[j]) {
				return true
			}
			seen++
		}
	}
	return false
}

// claimMonth returns the month a claim that gives no day dates what it
// says to ("the compact was finalized in march"), and whether it gives
// one.
func claimMonth(claim string, lang text.Lang) (time.Month, bool) {
	if _, dated := claimDay(claim, lang); dated {
		return 0, false
	}
	ws := text.Words(claim)
	for i, w := range ws {
		if monthAt(ws, i, lang) {
			return monthNames[text.Fold(w.Text)], true
		}
	}
	return 0, false
}

// plannedAt reports whether a word of planning (timeline.IsPlanWord)
// stands before word i of quote (ws, folded: its words) in its clause: a
// comma, colon or semicolon ends a clause, as in attachedAt.
func plannedAt(quote string, ws []text.Word, folded []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if timeline.IsPlanWord(folded[j]) {
			return true
		}
		if j > 0 && clauseBreak(quote[ws[j-1].End:ws[j].Start]) {
			return false
		}
	}
	return false
}

// monthSides returns, for a claim that gives a month and no day, among
// the sentences on the same event (as datedSides asks) that name a month
// next to the claim's words, the first that gives the claim's month and
// the first that gives another ("finalized under U.N. auspices in July"
// against "finalized in march"): both, and the sources disagree.
func monthSides(claim string, lang text.Lang, ss []sentence) (same, other footnote.Citation, hasSame, hasOther bool) {
	m, ok := claimMonth(claim, lang)
	if !ok {
		return same, other, false, false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	cws := text.Words(claim)
	claimPlans := plannedAt(claim, cws, text.FoldWords(cws), len(cws))
	for _, s := range ss {
		if hasSame && hasOther {
			break
		}
		if !datesSameEvent(cw, lang, s) || reversesStance(claim, s.cite.Quote) || !s.otherLanguage(lang) && !holdsDeed(cw, s) {
			continue
		}
		// A sentence may date two events ("quit last December, …
		// rejected it in July"): one that names the claim's month
		// agrees, and one differs only by a month next to the claim's
		// words.
		ws := text.Words(s.cite.Quote)
		folded := text.FoldWords(ws)
		agrees, differs := false, false
		for i, f := range folded {
			if !monthAt(ws, i, s.lang) || !claimPlans && plannedAt(s.cite.Quote, ws, folded, i) {
				// A plan's month ("the start of formal
				// negotiations in February") is not the event's.
				continue
			}
			agrees = agrees || monthNames[f] == m
			differs = differs || monthNames[f] != m && (s.otherLanguage(lang) || attachedAt(cw, s.cite.Quote, ws, folded, i, dateReach))
		}
		switch {
		case agrees && !hasSame:
			same, hasSame = s.cite, true
		case differs && !agrees && !hasOther:
			other, hasOther = s.cite, true
		}
	}
	return same, other, hasSame, hasOther
}
