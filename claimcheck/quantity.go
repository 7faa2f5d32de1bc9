package claimcheck

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// quantity is a number a text gives, with what it counts: a length of
// time (in days), a day or year of a date, or the word after it ("400
// delegates"). Only quantities of one unit are compared.
type quantity struct {
	value float64
	unit  string
	// also is the next word after unit that may be what it counts ("23
	// sweeping objectives"): a quantity is of either unit.
	also string
	// approx is a number given as an estimate ("about 65 million").
	approx bool
}

// approxShare is how far, as a share of the larger, two numbers may be
// apart and still be the same when one is an estimate ("about 65
// million", "65.6 million"): more takes another figure for the estimate
// ("60 million" for "about 65 million" at 8 %), less calls a rounding a
// contradiction.
const approxShare = 0.05

// approxWords are the folded words that make the number after them an
// estimate, in the languages of the coverage, and in chat ("like 65
// million", "something like 50").
var approxWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about around approximately roughly nearly almost some like
		unos unas cerca casi aproximadamente alrededor
		etwa rund ungefahr fast knapp circa ca
		environ presque quase aproximadamente`) {
		approxWords[w] = true
	}
}

// same reports whether q and o are one quantity: of one unit, and equal,
// or close enough when either is an estimate.
func (q quantity) same(o quantity) bool {
	if !q.sameUnit(o) {
		return false
	}
	if !q.approx && !o.approx {
		return q.value == o.value
	}
	return math.Abs(q.value-o.value) <= approxShare*math.Max(math.Abs(q.value), math.Abs(o.value))
}

// sameUnit reports whether q and o count the same thing: one unit, or a
// word either counts ("23 objectives", "23 sweeping objectives").
func (q quantity) sameUnit(o quantity) bool {
	return q.unit == o.unit || q.also != "" && q.also == o.unit || o.also != "" && o.also == q.unit || q.also != "" && q.also == o.also
}

// The units that are not words of the text.
const (
	unitDuration = "(duration)"
	unitDate     = "(date)"
	unitYear     = "(year)"
	// A vote's tally: "152-5" is 152 for and 5 against, whatever else
	// of the sentence counts 5 or 12 ("12 countries abstaining").
	unitFor     = "(for)"
	unitAgainst = "(against)"
)

// The years a four-digit number next to a month may be: a wider span
// takes more days and counts for years.
const (
	firstYear = 1900
	lastYear  = 2100
)

// dateWindow is how many words from a month name a number is part of a
// date ("4-6 December", "Dec. 10 and 11"): more takes a count near a date
// for a day.
const dateWindow = 3

// maxMonthDay is the last day a month has: a larger number near a month
// counts something ("In September 2016, all 193 member states").
const maxMonthDay = 31

// numberRun matches a number written in digits, with its separators.
var numberRun = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// timeUnits are the folded words (singular and plural) for lengths of
// time, in days.
var timeUnits = map[string]float64{}

func init() {
	for days, words := range map[float64]string{
		1.0 / 24: "hour hours hora horas stunde stunden heure heures ora ore",
		1:        "day days dia dias tag tage tagen jour jours giorno giorni",
		7:        "week weeks semana semanas woche wochen semaine semaines settimana settimane",
		30:       "month months mes meses monat monate monaten mois mese mesi",
		365:      "year years ano anos jahr jahre jahren annee annees anno anni",
	} {
		for _, w := range strings.Fields(words) {
			timeUnits[w] = days
		}
	}
}

// quantities returns the numbers s gives, in language lang (small numbers
// written out are read too: "zwei Wochen", "three-day").
func quantities(s string, lang text.Lang) []quantity {
	s = withPercentDigits(timeline.WithDigits(s, lang))
	ws := text.Words(s)
	months := map[int]bool{}
	for i, w := range ws {
		if isMonth(text.Fold(w.Text), lang) {
			months[i] = true
		}
	}
	var qs []quantity
	runs := numberRun.FindAllStringIndex(s, -1)
	against := false // the number is the second of a tally
	for k, m := range runs {
		v, ok := parseNumber(s[m[0]:m[1]])
		if !ok {
			continue
		}
		i := wordAt(ws, m[0])
		q := quantity{value: v, approx: i > 0 && approxWords[text.Fold(ws[i-1].Text)]}
		rest := s[m[1]:]
		next := text.Words(rest)
		switch {
		case against:
			q.unit, against = unitAgainst, false
		case isPercent(rest):
			q.unit = unitPercent
		case k+1 < len(runs) && !nearMonth(months, i) && isTally(s, ws, m, runs[k+1]):
			q.unit, against = unitFor, true
		case len(next) > 0 && joined(rest[:next[0].Start]) && timeUnits[text.Fold(next[0].Text)] > 0:
			q.value, q.unit = v*timeUnits[text.Fold(next[0].Text)], unitDuration
		case nearMonth(months, i) && v >= firstYear && v <= lastYear:
			q.unit = unitYear
		case nearMonth(months, i) && v >= 1 && v <= maxMonthDay && v == math.Trunc(v):
			q.unit = unitDate
		default:
			if len(next) > 0 && joined(rest[:next[0].Start]) {
				if m, ok := text.Scale(lang, text.Fold(next[0].Text)); ok {
					q.value *= m
					next = next[1:]
				}
			}
			q.unit, q.also = counted(upToBreak(rest, next))
		}
		qs = append(qs, q)
	}
	return qs
}

// tallyWords is how many words before "152 to 5" may name a vote for it
// to be a tally ("by a vote of 152 to 5"): more takes "from 4 to 6" after
// a vote for one.
const tallyWords = 4

// voteStems are the starts of folded words that name a vote, in the
// languages of the coverage.
var voteStems = []string{"vot", "stimm", "voix"}

// tallyJoiners are the folded words that join the two numbers of a
// tally written out ("152 to 5", "152 a 5", "152 zu 5").
var tallyJoiners = map[string]bool{"to": true, "a": true, "zu": true, "contra": true, "contre": true, "against": true}

// isTally reports whether the number at m and the next, at n, are a
// vote's tally: whole numbers, neither a year, joined by a dash ("152-5")
// or, after a word of voting, by a word ("a vote of 152 to 5"); the second
// counts no length of time ("4-6 days" is a span).
func isTally(s string, ws []text.Word, m, n []int) bool {
	a, okA := parseNumber(s[m[0]:m[1]])
	b, okB := parseNumber(s[n[0]:n[1]])
	if !okA || !okB || a != math.Trunc(a) || b != math.Trunc(b) || a >= firstYear && a <= lastYear || b >= firstYear && b <= lastYear {
		return false
	}
	if next := text.Words(s[n[1]:]); len(next) > 0 && joined(s[n[1]:][:next[0].Start]) && timeUnits[text.Fold(next[0].Text)] > 0 {
		return false
	}
	gap := strings.TrimSpace(s[m[1]:n[0]])
	if utf8.RuneCountInString(gap) == 1 && (gap == "-" || unicode.Is(unicode.Pd, []rune(gap)[0])) {
		return true
	}
	if !tallyJoiners[text.Fold(gap)] {
		return false
	}
	i := wordAt(ws, m[0])
	for j := max(0, i-tallyWords); j < i; j++ {
		if hasPrefix(text.Fold(ws[j].Text), voteStems) {
			return true
		}
	}
	return false
}

// countedWords is how many words after a number are searched for what it
// counts ("22.5 million are refugees"): more finds it past more words, and
// takes a word of the rest of the sentence for it more often.
const countedWords = 3

// counted returns the stems of the first two content words of next, the
// words after a number (within countedWords of it): what it counts, the
// first or, after an adjective, the second ("23 sweeping objectives").
func counted(next []text.Word) (unit, also string) {
	for _, w := range next[:min(len(next), countedWords)] {
		f := text.Fold(w.Text)
		if text.IsDigits(f) {
			break
		}
		if !isContent(f) {
			continue
		}
		if unit == "" {
			unit = stem(f)
			continue
		}
		return unit, stem(f)
	}
	return unit, ""
}

// upToBreak returns the words of next, the words of rest, up to the first
// one a break in the phrase comes before: punctuation other than a dash
// (",", ".", "”", ")"). A number counts no word past it: "in 2018,” the US
// statement read" counts no statement, and a count ends its phrase.
func upToBreak(rest string, next []text.Word) []text.Word {
	prev := 0
	for i, w := range next {
		if strings.ContainsFunc(rest[prev:w.Start], isPhraseBreak) {
			return next[:i]
		}
		prev = w.End
	}
	return next
}

// isPhraseBreak reports whether r ends a phrase between two words:
// punctuation other than a dash, which joins ("three-day").
func isPhraseBreak(r rune) bool {
	return unicode.IsPunct(r) && !unicode.Is(unicode.Pd, r)
}

// wordAt returns the index of the word starting at byte off of its text,
// or of the first after it.
func wordAt(ws []text.Word, off int) int {
	for i, w := range ws {
		if w.End > off {
			return i
		}
	}
	return len(ws)
}

// nearMonth reports whether a month name is within dateWindow words of
// word i.
func nearMonth(months map[int]bool, i int) bool {
	for d := -dateWindow; d <= dateWindow; d++ {
		if months[i+d] {
			return true
		}
	}
	return false
}

// monthNames are the folded names of the months and their usual
// abbreviations in the languages of the coverage ("may", "mar" and "mai"
// are words too, but next to a number they are dates), with the month
// each names.
var monthNames = namesOf(map[time.Month]string{
	time.January:   "january jan enero ene januar janvier janeiro gennaio gen",
	time.February:  "february feb febrero februar fevrier fevereiro fev febbraio",
	time.March:     "march mar marzo marz mars marco",
	time.April:     "april apr abril abr avril aprile",
	time.May:       "may mayo mai maio maggio mag",
	time.June:      "june jun junio juni juin junho giugno giu",
	time.July:      "july jul julio juli juillet julho luglio lug",
	time.August:    "august aug agosto ago aout",
	time.September: "september sep sept septiembre setiembre septembre setembro set settembre",
	time.October:   "october oct octubre oktober okt octobre outubro out ottobre ott",
	time.November:  "november nov noviembre novembre novembro",
	time.December:  "december dec diciembre dic dezember dez decembre dezembro dicembre",
})

// wordMonths are the month abbreviations that are common words of
// another language ("sets out 23 objectives", "two days ago"), with the
// languages they are months in: only there are they read as months.
var wordMonths = map[string][]text.Lang{
	"out": {text.Portuguese},
	"set": {text.Portuguese, text.Italian},
	"ago": {text.Spanish, text.Portuguese},
	"mai": {text.German, text.French},
}

// isMonth reports whether folded word f names a month in a text of
// language lang.
func isMonth(f string, lang text.Lang) bool {
	if langs, ok := wordMonths[f]; ok {
		return slices.Contains(langs, lang)
	}
	return monthNames[f] != 0
}

// joined reports whether gap, between a number and the next word, keeps
// them one phrase: a space or a hyphen ("3 days", "three-day").
func joined(gap string) bool {
	return utf8.RuneCountInString(gap) <= 1 && !strings.ContainsFunc(gap, func(r rune) bool {
		return !unicode.IsSpace(r) && !unicode.Is(unicode.Pd, r)
	})
}

// parseNumber reads a number in digits: a separator before three digits
// groups thousands ("1,000", "1.000"; news seldom gives three decimals),
// before one or two it marks the decimals ("65.6", "65,6").
func parseNumber(s string) (float64, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' })
	thousands := true
	for _, p := range parts[1:] {
		thousands = thousands && len(p) == 3
	}
	if thousands || len(parts) == 1 {
		v, err := strconv.ParseFloat(strings.Join(parts, ""), 64)
		return v, err == nil
	}
	if len(parts) != 2 {
		return 0, false
	}
	v, err := strconv.ParseFloat(parts[0]+"."+parts[1], 64)
	return v, err == nil
}

// differs reports whether b gives quantities of a unit a gives, and
// none of them equal to one of a's: "three-day" against "two weeks", "600
// delegates" against "400 delegates", "Dec. 20" against "10 December";
// "4 December" does not differ from "4 to 6 December".
func differs(a, b []quantity) bool {
	for _, x := range a {
		same, equal := false, false
		for _, y := range b {
			if !y.sameUnit(x) {
				continue
			}
			same = true
			for _, z := range a {
				equal = equal || z.same(y)
			}
		}
		if same && !equal {
			return true
		}
	}
	return false
}

// matches reports whether b gives one of a's quantities, in its unit.
func matches(a, b []quantity) bool {
	for _, x := range a {
		for _, y := range b {
			if x.same(y) {
				return true
			}
		}
	}
	return false
}
