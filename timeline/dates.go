package timeline

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// dated is a date found in a sentence: Day or Month precision.
type dated struct {
	t     time.Time
	month bool // only the month is known
}

// String is the date as the timeline writes it.
func (d dated) String() string {
	if d.month {
		return d.t.Format("2006-01")
	}
	return d.t.Format("2006-01-02")
}

// maxLookback is how far before its publication an article's relative
// date may fall: "last year" in a retrospective is too vague to place an
// event, and a parse that far back is more often a misread number.
const maxLookback = 400 * 24 * time.Hour

// maxLookahead is how far after its publication an article may date an
// event ("the summit next week"); further is a plan, not an event.
const maxLookahead = 60 * 24 * time.Hour

var (
	// parenNumber is "(2)" after a weekday ("nesta quarta-feira (2)"), which
	// the parser would read as a day of another month.
	parenNumber = regexp.MustCompile(`\(\d{1,2}\)`)
	fourDigits  = regexp.MustCompile(`(?:19|20)\d\d`)
	timeOfDay   = regexp.MustCompile(`^\d{1,2}[:.h]\d\d`)
	// abbreviatedBeforeNumber is a short word cut with a period before a
	// number: "Dec. 3", "Sept. 19", "dic. 4".
	abbreviatedBeforeNumber = regexp.MustCompile(`\b(\p{L}{3,4})\.\s+(\d)`)
)

// nextWords mark a weekday ahead of the publication date, in the
// languages of the coverage; the parser, told to prefer the past, reads
// "el próximo sábado" as the one before.
var nextWords = map[string]bool{"next": true, "proximo": true, "proxima": true, "prochain": true, "prochaine": true,
	"nachsten": true, "kommenden": true, "prossimo": true, "prossima": true, "coming": true}

// lastWords mark a date a week or more back ("last Saturday", "la semana
// pasada"); without one, a weekday that falls a week before the
// publication is the publication's own day.
var lastWords = map[string]bool{"last": true, "pasado": true, "pasada": true, "dernier": true, "derniere": true,
	"letzten": true, "letzte": true, "vergangenen": true, "vergangene": true, "scorso": true, "scorsa": true, "passato": true,
	"passata": true, "passee": true, "passado": true, "passada": true, "week": true,
	"지난": true}

// futureWords put a bare weekday after them ahead of the publication when
// they stand within maxFutureReach words before it: "is scheduled Monday to
// host", "scheduled to begin Monday", "se celebrará"-style plans written
// with an auxiliary ("está previsto el lunes"). News tells what happened
// in the past, so without one the weekday is the one before.
var futureWords = map[string]bool{"scheduled": true, "due": true, "will": true, "previsto": true, "prevista": true,
	"programado": true, "programada": true, "prevu": true, "prevue": true, "soll": true, "sollen": true, "wird": true,
	"werden": true, "marcado": true, "marcada": true}

// deadlineWords put the date after them as a target, not the day
// something happened: "to undertake negotiations … by September 2018",
// "hasta el lunes", "bis Ende 2018", "entro dicembre", "até dezembro" (a
// closed class: the prepositions of a time limit in the coverage's
// languages; "avant" and "before" are left out, as "before the start
// Monday of a conference" dates the conference).
var deadlineWords = map[string]bool{"by": true, "until": true, "till": true, "hasta": true, "bis": true,
	"entro": true, "ate": true, "jusqu": true}

// unitWords are the units of time, singular and plural, in the languages
// of the coverage (a closed class). The parser reads a bare unit ("after
// hours of uncertainty", "tras horas de") as the present moment, which no
// writer means as a date; with a count ("two days ago") or a word that
// places it ("last week") it is one.
var unitWords = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"segundo": true, "segundos": true, "minuto": true, "minutos": true, "hora": true, "horas": true, "dia": true, "dias": true,
	"semana": true, "semanas": true, "mes": true, "meses": true, "ano": true, "anos": true,
	"seconde": true, "secondes": true, "heure": true, "heures": true, "jour": true, "jours": true, "semaine": true,
	"semaines": true, "mois": true, "an": true, "ans": true, "annee": true, "annees": true,
	"sekunde": true, "sekunden": true, "minuten": true, "stunde": true, "stunden": true, "tag": true, "tage": true, "tagen": true,
	"woche": true, "wochen": true, "monat": true, "monate": true, "monaten": true, "jahr": true, "jahre": true, "jahren": true,
	"secondi": true, "minuti": true, "ora": true, "ore": true, "giorno": true, "giorni": true, "settimana": true,
	"settimane": true, "mese": true, "mesi": true, "anno": true, "anni": true,
}

// bareUnit reports whether the parser's match is only units of time, with
// no count and no word placing them ("hours of", "years"): see unitWords.
func (f dateFinder) bareUnit(match string) bool {
	units := 0
	for _, w := range text.Words(match) {
		folded := text.Fold(w.Text)
		switch {
		case strings.ContainsFunc(folded, unicode.IsDigit), nextWords[folded], lastWords[folded] && !unitWords[folded]:
			return false
		case unitWords[folded]:
			units++
		case text.IsStopWord(f.lang, folded) || text.IsStopWord(text.English, folded):
		default:
			return false
		}
	}
	return units > 0
}

// maxFutureReach is how many words before a weekday a future word may
// stand: "scheduled to begin Monday" is three; further, the word belongs
// to another clause.
const maxFutureReach = 3

// minDateWordRunes is the shortest word a date may be read from: the
// parser takes "do" for "domingo" and "mi" for "miércoles" in text of
// another language than the article's, which no writer means as a date.
const minDateWordRunes = 3

// dateFinder finds the dates of sentences of one article.
type dateFinder struct {
	cfg       *dateparser.Configuration
	published time.Time
	lang      text.Lang
	// anchored is set when published is not the article's publication
	// but a day near an event it reports (anchor.go): a weekday ahead of
	// the publication ("scheduled to begin Monday") can't be placed then.
	anchored bool
	// relative is which dates in relative clauses it passes over
	// (relative.go).
	relative relativeReading
	// yearless reads a month written without its year against the
	// publication (yearless.go): the timeline's sentences only.
	yearless bool
}

func newDateFinder(lang string, published time.Time) dateFinder {
	cfg := &dateparser.Configuration{
		DefaultLanguages:    []string{"en"},
		PreferredDateSource: dateparser.Past,
		CurrentTime:         published,
	}
	if lang != "" && dateparser.IsKnownLocale(lang) {
		cfg.Languages = []string{lang}
	}
	if published.IsZero() {
		cfg.CurrentTime = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return dateFinder{cfg: cfg, published: published, lang: text.Lang(lang)}
}

// find returns the first date the sentence gives an event, and whether it
// gives one. A date relative to the publication ("on Saturday", "hace dos
// días") needs the article to have one.
func (f dateFinder) find(s string) (dated, bool) {
	d, _, ok := f.findMatch(s)
	return d, ok
}

// findMatch is find, also returning the words the date was read from.
func (f dateFinder) findMatch(s string) (dated, string, bool) {
	s = f.parseable(s)
	_, found, err := dateparser.Search(f.cfg, s)
	if err != nil {
		return dated{}, "", false
	}
	// A month read without its year gives way to a day the sentence gives
	// after it, and is passed over in any relative clause (yearless.go).
	var month dated
	monthText := ""
	for _, r := range found {
		if f.relative.passesOver(s, r.Text, f.lang) {
			continue
		}
		if x, ok := f.monthBeforeFunctionWords(r); ok {
			r = x // "in June after a" is June (trailing.go)
		}
		d, ok := f.accept(s, r)
		txt := r.Text
		if !ok {
			d, txt, ok = f.withoutTrailing(s, r)
		}
		if !ok {
			continue
		}
		if d.month && !namesYear(txt, d.t) {
			if monthText == "" && !skipRelative.passesOver(s, txt, f.lang) {
				month, monthText = d, txt
			}
			continue
		}
		return d, txt, true
	}
	if monthText != "" {
		return month, monthText, true
	}
	if f.yearless {
		// A week or a month placed by "this" or "last" that the parser
		// does not read (week.go).
		if d, match, ok := f.placedUnit(s); ok {
			return d, match, true
		}
	}
	return dated{}, "", false
}

// parseable is s as the parser should read it: a length of time ("the
// three-day meeting") is no date, which the parser reads as one ("3 days
// ago"); an abbreviated month's period ("Dec. 3", as agencies write it)
// hides the month from it; numbers are in digits (WithDigits) and a
// weekday's "(2)" is gone (parenNumber).
func (f dateFinder) parseable(s string) string {
	s = lengthOfTime.ReplaceAllString(WithDigits(parenNumber.ReplaceAllString(s, " "), f.lang), " ")
	return abbreviatedBeforeNumber.ReplaceAllString(s, "$1 $2")
}

// accept turns a search result into a date, or refuses it: a bare number,
// a time of day, a year alone, a relative date in an undated article, or a
// date too far from the publication.
func (f dateFinder) accept(s string, r dateparser.SearchResult) (dated, bool) {
	txt := strings.TrimSpace(r.Text)
	if !strings.ContainsFunc(txt, unicode.IsLetter) || timeOfDay.MatchString(txt) || !f.hasDateWord(txt) || f.bareUnit(txt) {
		return dated{}, false
	}
	if precededBy(s, txt, deadlineWords) || opensWith(txt, deadlineWords) {
		return dated{}, false
	}
	absolute := namesYear(txt, r.Date.Time)
	if f.published.IsZero() && !absolute {
		return dated{}, false
	}
	d := dated{t: r.Date.Time}
	switch r.Date.Period {
	case date.Day:
		if f.yearless && !f.published.IsZero() && !absolute {
			// "last week": a week, not a day (week.go).
			if w, week, placed := weekMonth(txt, d.t); week {
				if !placed {
					return dated{}, false
				}
				d = w
			}
		}
	case date.Month:
		// "may" and "march" are verbs too: a month alone needs its year,
		// or a word placing it (yearless.go).
		if !absolute {
			t, ok := f.yearlessMonth(s, txt, d.t)
			if !ok {
				return dated{}, false
			}
			d.t = t
		}
		d.month = true
	default:
		return dated{}, false
	}
	if !absolute && !d.month {
		if f.anchored && f.ahead(s, txt) {
			return dated{}, false
		}
		d.t = f.adjustWeekday(s, txt, nearestYear(d.t, f.published))
	}
	if !f.published.IsZero() {
		if d.t.Before(f.published.Add(-maxLookback)) || d.t.After(f.published.Add(maxLookahead)) {
			return dated{}, false
		}
	}
	return d, true
}

// adjustWeekday corrects the parser's reading of a bare weekday: in news,
// "said Monday" in a Monday article is that day, not a week before, and
// "next Saturday" is ahead.
func (f dateFinder) adjustWeekday(s, match string, t time.Time) time.Time {
	if f.published.IsZero() {
		return t
	}
	pub := time.Date(f.published.Year(), f.published.Month(), f.published.Day(), 0, 0, 0, 0, time.UTC)
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if f.ahead(s, match) {
		for !day.After(pub) {
			day = day.AddDate(0, 0, 7)
		}
		return day
	}
	if pub.Sub(day) == 7*24*time.Hour && !hasWord(match, lastWords) && !precededBy(s, match, lastWords) {
		return pub
	}
	return day
}

// ahead reports whether the weekday match in s lies ahead of the
// publication: "next Saturday", "scheduled to begin Monday".
func (f dateFinder) ahead(s, match string) bool {
	return precededByNext(s, match) || precededWithin(s, match, futureWords, maxFutureReach)
}

// precededByNext reports whether the word before match in s says "next".
func precededByNext(s, match string) bool {
	return precededBy(s, match, nextWords) || hasWord(match, nextWords)
}

// opensWith reports whether the first word of s, folded, is in set (the
// parser's match may hold the preposition: "by September 2018").
func opensWith(s string, set map[string]bool) bool {
	ws := text.Words(s)
	return len(ws) > 0 && set[text.Fold(ws[0].Text)]
}

// hasWord reports whether a word of s, folded, is in set.
func hasWord(s string, set map[string]bool) bool {
	for _, w := range text.Words(s) {
		if set[text.Fold(w.Text)] {
			return true
		}
	}
	return false
}

// hasDateWord reports whether the parser's match holds a word that writes
// a date: a number other than a year, or a word of minDateWordRunes letters
// or more that is no function word of the article's language or of
// English. "i 2016 \"en" or "en 2018 una" (a year among function words,
// which the parser reads as January) holds none.
func (f dateFinder) hasDateWord(match string) bool {
	for _, w := range text.Words(match) {
		folded := text.Fold(w.Text)
		if strings.ContainsFunc(folded, unicode.IsDigit) {
			if !fourDigits.MatchString(folded) {
				return true
			}
			continue
		}
		if utf8.RuneCountInString(folded) >= minDateWordRunes && !text.IsStopWord(f.lang, folded) && !text.IsStopWord(text.English, folded) {
			return true
		}
	}
	return false
}

// precededWithin reports whether one of the n words before match in s is
// in set, within the same clause.
func precededWithin(s, match string, set map[string]bool, n int) bool {
	i := strings.Index(s, match)
	if i < 0 {
		return false
	}
	before := strings.Fields(s[:i])
	for k := len(before) - 1; k >= 0 && k >= len(before)-n; k-- {
		w := before[k]
		if strings.ContainsAny(w, ",;:") && k < len(before)-1 {
			return false // another clause
		}
		if set[text.Fold(strings.Trim(w, ",;:("))] {
			return true
		}
	}
	return false
}

// precededBy reports whether the word before match in s is in set.
func precededBy(s, match string, set map[string]bool) bool {
	return precededWithin(s, match, set, 1)
}

// maxDatelineOffset is how far into an undated article's first paragraph
// a full date may start and still be its dateline ("UNITED NATIONS, Dec.
// 3 (Xinhua) --"); further in, it dates an event, not the article.
const maxDatelineOffset = 40

// dateline returns the full date that opens an undated article's first
// paragraph, taken as its publication date; zero when there is none.
func dateline(a footnote.Article, lang string) time.Time {
	body := a.Body()
	if len(body) == 0 {
		return time.Time{}
	}
	t, adverbial, ok := openingDate(newDateFinder(lang, time.Time{}), body[0].Text)
	if !ok || adverbial {
		// "On 3 December 2017, President Donald Trump opted out …": a
		// date the sentence goes on from after a comma is its adverbial,
		// the day of the event it tells, not the article's.
		return time.Time{}
	}
	return t
}

// openingDate returns the full date that opens paragraph para (within
// maxDatelineOffset of its start, before a dateline's separator), whether
// the sentence goes on from it after a comma (an adverbial, see
// text.OpensClause), and whether there is one.
func openingDate(f dateFinder, para string) (t time.Time, adverbial, ok bool) {
	open := para
	if i := maxDatelineOffset + 40; len(open) > i {
		open = open[:i]
	}
	// A dateline ends at its separator: "December 4, 2017: Yesterday, …"
	// would be read as one date.
	if i := strings.IndexAny(open, ":—–("); i > 0 {
		open = open[:i]
	}
	_, found, err := dateparser.Search(f.cfg, open)
	if err != nil {
		return time.Time{}, false, false
	}
	for _, r := range found {
		i := strings.Index(open, r.Text)
		if i < 0 || i > maxDatelineOffset || r.Date.Period != date.Day || !namesYear(r.Text, r.Date.Time) {
			continue
		}
		return r.Date.Time, text.OpensClause(open[i+len(r.Text)-len(text.TrailingComma(r.Text)):]), true
	}
	return time.Time{}, false, false
}

// namesYear reports whether match writes the year t falls in: only then
// is the date absolute ("Yesterday" next to "December 4, 2017" may be read
// against the parser's own clock).
func namesYear(match string, t time.Time) bool {
	return slices.Contains(fourDigits.FindAllString(match, -1), strconv.Itoa(t.Year()))
}

// nearestYear places a day written without its year ("on Monday,
// December 4" in an article of Sunday 3 December 2017) in the year that
// puts it nearest the publication: news tells what happened around its
// day, while the parser, told to prefer the past, takes the last 4
// December before the publication, a year back. A relative date ("two
// days ago", "on Saturday") is already nearest and stays.
func nearestYear(t, published time.Time) time.Time {
	if published.IsZero() {
		return t
	}
	best := t
	for _, y := range []int{-1, 1} {
		c := t.AddDate(y, 0, 0)
		if c.Day() != t.Day() {
			continue // 29 February
		}
		if c.Sub(published).Abs() < best.Sub(published).Abs() {
			best = c
		}
	}
	return best
}
