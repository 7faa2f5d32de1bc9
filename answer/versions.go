package answer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// How sources that disagree are found. When a question asks for a number
// or a time, every retrieved sentence that answers the question about as
// well as the chosen one and gives a value of that kind is grouped by the
// value it gives; two or more groups are versions, each quoted from its
// best source with the other outlets that give it.
const (
	// versionDepth is how many times TopK passages are read for other
	// versions and copies: deeper finds more outlets and costs more
	// sentences to score. Another version is often told in other words
	// than the question's, in a long paragraph, by an outlet whose
	// near-copies rank above it (the FP paragraph that says "On
	// Saturday, the U.S. mission … informed" ranks 37th for "On what day
	// did the US tell the UN …"); 8 (40 passages) found a second doer
	// 4 did not, and its cost was within noise at 100,000 paragraphs.
	versionDepth = 8
	// versionShare is the share of the chosen sentence's own coverage of
	// the question another sentence's own must reach to count as a
	// version: lower finds more versions, and more sentences about
	// something else.
	versionShare = 0.6
	// maxVersions caps the versions an answer shows: more is hard to read
	// in a chat message.
	maxVersions = 3
	// maxAlso caps the outlets named after "also reported by".
	maxAlso = 3
	// maxArticleParagraphs caps the paragraphs read for versions beyond
	// the retrieved passages (see wholeArticles): more finds a version an
	// article tells in a paragraph the question's words don't rank, and
	// costs sentences to score on a question over long articles.
	maxArticleParagraphs = 160
	// articleTie is how close (in share of the question) two sentences of
	// one article answer for the one agreeing with the chosen answer to be
	// the article's version: wider hides an article that does disagree,
	// narrower makes a version of a sentence about another act.
	articleTie = 0.05
)

// answerVersion is one value the sources give, quoted from its first source.
type answerVersion struct {
	value string
	s     sentence
	docs  []string // the articles that give it, the quoted one first
	// sents are the sentences that give it, one per article of docs.
	sents []sentence
	// own is the share of the question the quoted sentence says itself
	// (see answerBar.passes; 0 for a sentence in another language, whose
	// words the bar can't read).
	own float64
}

// shownVersions returns the first maxVersions of vs: the chosen answer's
// version (vs[0]) first, then those told by more outlets, for a time
// those that name a day before vaguer ones ("3 December" before "the
// weekend", "last year"), then those whose quoted sentence says more of
// the question, else in the order they came: capped in the order the
// outlets' pages come, the first vague or stray times (a "weekend", the
// Monday of another event) take the places of versions more outlets give
// or that name the day. No new constant: maxVersions is kept.
func shownVersions(vs []answerVersion, timed bool) []answerVersion {
	if len(vs) <= 2 {
		return vs
	}
	rest := slices.Clone(vs[1:])
	slices.SortStableFunc(rest, func(a, b answerVersion) int {
		if d := len(b.docs) - len(a.docs); d != 0 {
			return d
		}
		if timed && namesDay(a.value) != namesDay(b.value) {
			if namesDay(a.value) {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.own, a.own)
	})
	return append(vs[:1:1], rest[:min(len(rest), maxVersions-1)]...)
}

// valueOf returns the value of kind k that sentence s gives, folded for
// comparison, or "" when it gives none: for a number, its numbers (not
// years, not the question's own); for a time, the numbers near a month or
// weekday ("December 10-11", "10 and 11 December"), else its weekdays,
// months, words such as "yesterday" and units with a modifier ("next
// year").
func valueOf(k kind, s string, asked map[string]bool) string {
	return valueAt(k, timeTokens(s, time.Time{}), asked, nil)
}

// valueAt is valueOf over the tokens of a sentence, keeping only the
// tokens keep accepts (nil keeps all).
func valueAt(k kind, toks []text.Token, asked map[string]bool, keep func(i int) bool) string {
	// nearCalendar reports whether token i stands within dateSpan words
	// of a month or weekday, the month it stands nearest, if any, and
	// whether keep accepts one of those calendar names.
	nearCalendar := func(i int) (string, bool, bool) {
		month, near, kept := "", false, false
		for _, step := range []int{-1, 1} {
			for j, left := i, dateSpan; left >= 0 && j >= 0 && j < len(toks); j += step {
				if isCalendarName(toks[j].Text) {
					near = true
					kept = kept || keep == nil || keep(j)
					if m, ok := monthKey(toks[j].Text); ok && month == "" {
						month = m
					}
					break
				}
				if !dateLinks[strings.ToLower(toks[j].Text)] {
					left--
				}
			}
		}
		return month, near, kept
	}
	// dayOfKept reports whether token i is a day number whose month or
	// weekday keep accepts: a date is one unit, kept whole when a word of
	// it is near the act ("adopted at a UN conference in Morocco on
	// December 10-11" gives the days, not the month alone).
	dayOfKept := func(i int) bool {
		if !text.IsDigits(toks[i].Text) || !isDayNumber(toks[i].Text) {
			return false
		}
		_, near, kept := nearCalendar(i)
		return near && kept
	}
	var nums, words, months []string
	for i, t := range toks {
		low := text.Fold(t.Text)
		if asked[strings.ToLower(t.Text)] {
			continue
		}
		if keep != nil && !keep(i) && !(k == kindTime && dayOfKept(i)) {
			continue
		}
		switch {
		case text.IsDigits(t.Text):
			if isYear(t.Text) {
				continue
			}
			if k != kindTime {
				nums = append(nums, low)
			} else if month, near, _ := nearCalendar(i); near && isDayNumber(t.Text) && !measures(toks, i) {
				nums = append(nums, low)
				if month != "" && !slices.Contains(months, month) {
					months = append(months, month) // "3 December": the day keeps its month
				}
			}
		case k == kindTime && isCalendarName(t.Text):
			en, _ := calendarName(t.Text)
			words = append(words, en)
		case k == kindTime && timeWords[low]:
			words = append(words, low)
		case k == kindTime && timeUnits[low] && i > 0 && timeModifiers[text.Fold(toks[i-1].Text)]:
			words = append(words, text.Fold(toks[i-1].Text), low) // "next year", "this month"
		}
	}
	if len(nums) > 0 {
		return strings.Join(append(nums, months...), " ")
	}
	return strings.Join(words, " ")
}

// measures reports whether the number at token i counts a unit of time
// ("after 18 months of negotiations", "two years"): a length, not a day of
// the month next to it ("agreed in July after 18 months").
func measures(toks []text.Token, i int) bool {
	return i+1 < len(toks) && timeUnits[text.Fold(toks[i+1].Text)]
}

// dateSpan is how many words from a month or weekday a number may stand to
// be read as a day of it ("10 and 11 December"): wider takes counts
// ("23 objectives") for days.
const dateSpan = 3

// dateLinks are the words that join a day to its month ("10 y 11 de
// diciembre", "le 10 du mois", "the 10th of December"): they don't count
// in dateSpan.
var dateLinks = map[string]bool{"de": true, "del": true, "du": true, "of": true}

// versions returns the versions of the answer that the passages give:
// two or more when they disagree, one (with the outlets that agree) when
// they don't, none when the question asks for no number or time. picked are the sentences chosen
// to answer; passages are all those retrieved.
func (e *Extractive) versions(query, own string, picked []sentence, passages []footnote.Passage) []answerVersion {
	want := versionKind(own)
	if want != kindTime && want != kindNumber && want != kindPerson && want != kindPlace {
		return nil
	}
	asked := askedWords(query)
	bar, ok := e.newAnswerBar(query, own, passages)
	if !ok {
		return nil
	}
	// candidates are the retrieved passages' sentences, read once for the
	// place, the stand-in verb and the versions below.
	candidates := e.newsSentences(passages)
	value := func(s sentence) string {
		if !hasKind(want, s.text, asked) {
			return ""
		}
		return valueOf(want, s.text, asked)
	}
	// rivalValue is value for another outlet's sentence (see
	// rivalTimeValue), and otherValue for a sentence not chosen to answer
	// (see timeValue); nil when they are value.
	var rivalValue, otherValue func(s sentence) string
	same := func(a, b string) bool { return a == b }
	// finer reports whether value a tells the asked value more precisely
	// than b, to choose an article's version among its sentences that
	// answer about as well (see rivalsByArticle); never but for a time.
	finer := func(a, b string) bool { return false }
	ca, counted := countAsk{}, false
	if want == kindNumber {
		ca, counted = e.newCountAsk(own, asked, bar, passages)
	}
	measured := want == kindNumber && !counted && asksLength(own)
	switch {
	case counted:
		value = func(s sentence) string { return e.countValue(ca, s) }
	case measured:
		la := newLengthAsk(own, asked, bar, e.ix.QuestionLanguage(own))
		value = func(s sentence) string { return e.lengthValue(la, s) }
	case want == kindTime:
		// A day of a month and the month alone ("3 December", "last
		// December") are one version, told more or less precisely.
		same = func(a, b string) bool {
			da, db := withoutWeekday(a), withoutWeekday(b)
			return a == b || withinTime(a, b) || preciserTime(da, db) || preciserTime(db, da) || withinSpan(a, b)
		}
		finer = func(a, b string) bool { return namesDay(a) && !namesDay(b) }
		ta := e.newTimeAsk(own, asked, bar)
		ta.year = e.newestYear(passages)
		value = func(s sentence) string {
			if !hasKind(want, s.text, asked) {
				return ""
			}
			return e.withWeekday(e.timeValue(ta, s, false), s)
		}
		otherValue = func(s sentence) string {
			if !hasKind(want, s.text, asked) {
				return ""
			}
			return e.withWeekday(e.timeValue(ta, s, true), s)
		}
		rivalValue = func(s sentence) string {
			if !hasKind(want, s.text, asked) {
				return ""
			}
			return e.withWeekday(e.rivalTimeValue(ta, s), s)
		}
	}
	// precise is, for a place, the version quoted by its sentence naming
	// the most precise place (see preciserPlace); nil for another kind.
	var precise func(answerVersion, []sentence) answerVersion
	if want == kindPlace {
		ta := e.newTimeAsk(own, asked, bar)
		within := placesWithin(candidates)
		isPlace := e.knownPlace(within)
		value = func(s sentence) string {
			if !hasKind(want, s.text, asked) {
				return ""
			}
			return e.placeValue(ta, s, false, isPlace)
		}
		rivalValue = func(s sentence) string { return e.placeValue(ta, s, true, isPlace) }
		same = func(a, b string) bool { return samePlace(a, b, within) }
		precise = func(v answerVersion, candidates []sentence) answerVersion {
			var extra []sentence
			for _, c := range candidates {
				if c.doc == v.s.doc && (c.n != v.s.n || c.idx != v.s.idx) {
					extra = append(extra, c)
				}
			}
			return e.preciserPlace(v, extra, rivalValue, within)
		}
	}
	if want == kindPerson {
		da, ok := e.newDoerAsk(own, asked, bar)
		if !ok {
			return nil
		}
		if alt, ok := e.standInVerb(da, picked, candidates); ok {
			da = alt
		}
		value = func(s sentence) string { return e.subjectOf(da, s) }
	}
	// The chosen sentence that gives a value and says most of the question;
	// on a tie the later, for a sentence quoted for the one after it
	// ("…in July. It is due…") carries that one's terms.
	best, bestOwn := sentence{}, -1.0
	for _, s := range picked {
		if e.aboutArticle(s) {
			continue // a line naming the outlet, its date or link (see newsSentences)
		}
		if _, o := bar.passes(s); o >= bestOwn && value(s) != "" {
			best, bestOwn = s, o
		}
	}
	if otherValue == nil {
		otherValue = value
	}
	first := value(best)
	if bestOwn < 0 && len(picked) > 0 && (counted || measured || want == kindPerson || want == kindTime || want == kindPlace) {
		// No chosen sentence counts what was asked ("258 million people"
		// for "how many countries"), names the doer of the act asked about
		// or gives its time: the one of all that answers best and does.
		// For a doer or a time it must answer at least as well as the
		// chosen one ("who said …" finds a sayer, "when …" a time, in many
		// a sentence about something else), unless the question dates its
		// act by an event ("after the Marrakech conference"): then the
		// chosen sentence may well answer best with the event's time
		// ("approved in Marrakech earlier this month").
		// The floor is set by the chosen sentences that hold an answer of
		// the kind asked (see holdingKind), not by a second sentence
		// quoted for the words the best one lacks.
		floor := -1.0
		if want == kindPerson || want == kindPlace || (want == kindTime && len(eventWords(own)) == 0) {
			_, floor = bar.best(holdingKind(want, picked, asked))
		}
		lang := langOrEnglish(e.ix.QuestionLanguage(own))
		for _, c := range candidates {
			if langOrEnglish(e.article(c.doc).Language) != lang {
				// A sentence in another language is a version only
				// through foreignRivals: its words can't be read for
				// what it counts or dates ("am 10" of "am 10. und 11.
				// Dezember" is no count of countries).
				continue
			}
			// It must also be about what the question names: "pull out"
			// with a time, in an article that never names Austria, does
			// not say when Austria pulled out.
			// (The time is read last and once: it costs the most.)
			ok, o := bar.passes(c)
			if !ok || o <= bestOwn || o < floor || !bar.namesHeld(e, c) {
				continue
			}
			if v := otherValue(c); v != "" {
				best, bestOwn, first = c, o, v
			}
		}
	}
	if rivalValue == nil {
		rivalValue = value
	}
	abroad := false
	if bestOwn < 0 && want == kindTime {
		// Nothing in the question's language answers (see abroadAnswer),
		// or gives the time asked: the days pages in other languages
		// give, if any.
		if fr := e.foreignRivals(bar, own, want, sentence{}, candidates, nil, rivalValue); len(fr) > 0 {
			best, bestOwn, first, abroad = fr[0].s, 0, fr[0].value, true
		}
	}
	if bestOwn < 0 {
		return nil
	}
	if want == kindNumber && !measured {
		// A count in another language is read by its numbers near the
		// chosen one's (see foreignCount): its counted noun can't be read.
		lang, count, newest := langOrEnglish(e.ix.QuestionLanguage(own)), rivalValue, e.newestYear(passages)
		rivalValue = func(s sentence) string {
			if langOrEnglish(e.article(s.doc).Language) != lang {
				return foreignCount(s.text, asked, first, best.text, e.reportYear(s.doc, newest))
			}
			return count(s)
		}
	}
	if more := e.wholeArticles(passages, best.doc); len(more) > len(passages) {
		candidates = e.newsSentences(more)
	}
	// sameAt is same, or for a time, values that name one day of the
	// calendar by their articles' dates (see timeDates), or months and a
	// date of one of them (see monthHolds). A weekday's day is not held
	// by its month: "last December" is left to join an outlet's "3
	// December" rather than another's "Saturday" (2 December), or the
	// outlet that gives the date loses its version to one that does not.
	sameAt := func(a string, as sentence, b string, bs sentence) bool {
		if same(a, b) {
			return true
		}
		if want != kindTime {
			return false
		}
		da, db := e.timeDates(a, as), e.timeDates(b, bs)
		return sameDays(da, db) || (datesDays(b) && monthHolds(a, db)) || (datesDays(a) && monthHolds(b, da))
	}
	vs := []answerVersion{{value: first, s: best, docs: []string{best.doc}, sents: []sentence{best}, own: bestOwn}}
	var rivals []rival
	if !abroad {
		rivals = e.rivalsByArticle(bar, best, bestOwn, candidates, rivalValue, func(v string, s sentence) bool { return sameAt(first, best, v, s) }, finer)
	}
	// Outlets in another language give their versions in sentences the
	// bar can't read (foreignrival.go): a time as the rivals' is read, a
	// count by its numbers near the chosen one's.
	var foreignValue func(sentence) string
	if want == kindTime || (want == kindNumber && !measured) {
		foreignValue = rivalValue
	}
	rivals = append(rivals, e.foreignRivals(bar, own, want, best, candidates, rivals, foreignValue)...)
	for _, r := range rivals {
		j := slices.IndexFunc(vs, func(x answerVersion) bool { return sameAt(x.value, x.s, r.value, r.s) })
		switch {
		case j > 0 && want == kindTime && preciserTime(withoutWeekday(r.value), withoutWeekday(vs[j].value)):
			// The outlet that gives the day is quoted for the version.
			vs[j] = answerVersion{value: r.value, s: r.s, docs: append([]string{r.s.doc}, vs[j].docs...), sents: append([]sentence{r.s}, vs[j].sents...), own: r.own}
		case j >= 0:
			vs[j].docs = append(vs[j].docs, r.s.doc)
			vs[j].sents = append(vs[j].sents, r.s)
		default:
			vs = append(vs, answerVersion{value: r.value, s: r.s, docs: []string{r.s.doc}, sents: []sentence{r.s}, own: r.own})
		}
	}
	vs = shownVersions(vs, want == kindTime)
	if precise != nil {
		for j := range vs {
			vs[j] = precise(vs[j], candidates)
		}
	}
	return vs
}

// newsSentences returns the sentences of passages but the lines of a
// header that are about the article (see aboutArticle): "Published by US
// Mission to the UN on November 28, 2018." dates a page, and is no
// version of when the US told the UN it was leaving the talks, nor
// "Link: …/3-december-2017-us-to-pull-out-…" one of its day.
func (e *Extractive) newsSentences(passages []footnote.Passage) []sentence {
	return slices.DeleteFunc(e.sentences(passages), e.aboutArticle)
}

// holdingKind returns the sentences of picked that hold an answer of kind
// k (see hasKind), or picked when none does. A sentence chosen for the
// words the best one lacks may give no answer of the kind asked: after "In
// recent weeks, Miller led efforts to pull out of the migration talks",
// "President Donald Trump overruled objections … when he directed the U.S.
// leave the “Global Compact on Migration” treaty" says more of "On what
// day did the US tell the UN it was leaving the migration talks?" than any
// sentence that gives a day, and as the floor of the sentences that may
// give the time asked it left none ("On Saturday, the U.S. mission to the
// United Nations informed …" is below it).
func holdingKind(k kind, picked []sentence, asked map[string]bool) []sentence {
	var held []sentence
	for _, s := range picked {
		if hasKind(k, s.text, asked) {
			held = append(held, s)
		}
	}
	if len(held) == 0 {
		return picked
	}
	return held
}

// withinTime reports whether time values a and b (see valueAt) are one
// version because the one that gives fewer times names a day (a weekday or
// a day of a month) and the other gives it too, besides times of its own
// ("Hungary … rejected it in July and Austria followed suit on Wednesday"
// agrees with "The Austrian government said Wednesday"): a sentence that
// tells of several acts names the one asked among them, and does not
// contradict a sentence that names it alone. A month alone ("december")
// is left to preciserTime: a sentence giving "Friday" and "December" is
// not one version with every sentence that says "in December".
func withinTime(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	day := false
	for _, f := range fa {
		if !slices.Contains(fb, f) {
			return false
		}
		en, _ := calendarName(f)
		day = day || text.IsDigits(f) || strings.HasSuffix(en, "day")
	}
	return day
}

// namesDay reports whether time value v (see valueAt) names a day: a day
// of a month or a weekday, not a month alone or a relative time ("last
// week", "earlier this month").
func namesDay(v string) bool {
	for _, f := range strings.Fields(v) {
		if en, ok := calendarName(f); text.IsDigits(f) || (ok && strings.HasSuffix(en, "day")) {
			return true
		}
	}
	return false
}

// withinSpan reports whether time value day (see valueAt) names a day (a
// weekday or a day of a month) and span is a week or a month told
// relative to its report ("last week", "this month", "recent weeks"): the
// day may fall in the span, so another outlet's span joins the version of
// the day, as a month alone does (see preciserTime), rather than being one
// that disagrees; a span never gathers days, which may differ among
// themselves. "Wednesday" in a Reuters report and "last week" in a
// later one tell of one day; the reports' dates, often unknown, would be
// needed to tell otherwise.
func withinSpan(day, span string) bool {
	if !namesDay(day) {
		return false
	}
	unit := false
	for _, f := range strings.Fields(span) {
		switch {
		case spanUnits[f]:
			unit = true
		case !timeModifiers[f]:
			return false
		}
	}
	return unit
}

// spanUnits are the units of a relative time that may hold a day told
// elsewhere ("last week", "earlier this month"); a year, a decade, is too
// long for a day to be its version ("next year" and "19 December" differ).
var spanUnits = map[string]bool{"week": true, "weeks": true, "month": true, "months": true}

// isDayNumber reports whether w, in digits, may be a day of a month (1 to
// 31): "all 193 UN member nations" near "in July" gives no day.
func isDayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= maxDay
}

// maxDay is the last day of the longest month.
const maxDay = 31

// rival is another article's sentence that gives a value of what was
// asked, with the share of the question it says itself.
type rival struct {
	s     sentence
	value string
	own   float64
}

// rivalsByArticle returns, for each article of candidates but best's, in
// the order they first come, its sentence that rivals best (see
// answerBar.rivals), gives a value (by value) and says most of the
// question: an article's version is the one it tells best, not the first
// time its retrieved passages give ("met early last week to determine
// whether …" before "On Saturday, the U.S. mission … informed"). Of two
// sentences within articleTie of each other, one agreeing with the chosen
// answer (agrees) is taken, and one whose value is finer than the other's
// (finer: a day rather than "early last week"; an article that gives the
// day of the act and a vaguer time of another act tells the act's by its
// day) unless only the vaguer one agrees.
func (e *Extractive) rivalsByArticle(bar answerBar, best sentence, bestOwn float64, candidates []sentence, value func(sentence) string, agrees func(string, sentence) bool, finer func(a, b string) bool) []rival {
	var out []rival
	at := map[string]int{}
	for _, c := range candidates {
		if c.doc == best.doc || !bar.rivals(e, c, bestOwn) {
			continue
		}
		v := value(c)
		if v == "" {
			continue
		}
		_, o := bar.passes(c)
		if j, ok := at[c.doc]; ok {
			// Nearly as good and agreeing with the chosen answer wins: an
			// article that gives two times of "the act" tells of two acts.
			prev := out[j]
			tied := o >= prev.own-articleTie
			if o > prev.own+articleTie || (tied && agrees(v, c) && !agrees(prev.value, prev.s)) || (tied && finer(v, prev.value) && (agrees(v, c) || !agrees(prev.value, prev.s))) {
				out[j] = rival{s: c, value: v, own: o}
			}
			continue
		}
		at[c.doc] = len(out)
		out = append(out, rival{s: c, value: v, own: o})
	}
	return out
}

// wholeArticles returns passages followed by the other paragraphs of
// their articles but skip (the chosen answer's, which gives no other
// version), up to maxArticleParagraphs of them, in the order the articles
// first come, without those that copy an earlier one (see collapseCopies):
// an article retrieved for a question may give its value of what was
// asked in a paragraph worded otherwise.
func (e *Extractive) wholeArticles(passages []footnote.Passage, skip string) []footnote.Passage {
	have := map[[2]any]bool{}
	for _, p := range passages {
		have[[2]any{p.Doc, p.N}] = true
	}
	out := slices.Clone(passages)
	added := 0
	for _, p := range passages {
		for _, para := range e.article(p.Doc).Paragraphs {
			k := [2]any{para.Doc, para.N}
			if have[k] || para.N == 0 || para.Doc == skip || added >= maxArticleParagraphs {
				continue
			}
			have[k] = true
			out = append(out, footnote.Passage{Doc: para.Doc, N: para.N, Text: para.Text})
			added++
		}
	}
	if added == 0 {
		return passages
	}
	kept, _ := e.collapseCopies(out)
	return kept
}

// withVersion returns the sentences to answer with when the sources agree:
// picked, or, when none of them gives the value asked (a count of another
// thing than the one asked), the sentence of the one version vs gives.
func withVersion(picked []sentence, vs []answerVersion) []sentence {
	if len(vs) != 1 || slices.ContainsFunc(picked, func(s sentence) bool { return s.doc == vs[0].s.doc && s.n == vs[0].s.n && s.idx == vs[0].s.idx }) {
		return picked
	}
	return []sentence{vs[0].s}
}

// differ writes an answer that shows each version with the outlets that
// give it, each cited.
func (e *Extractive) differ(ans footnote.Answer, vs []answerVersion, labels map[string]string) footnote.Answer {
	var b strings.Builder
	b.WriteString("Sources differ.")
	for _, v := range vs {
		b.WriteString(" " + e.dated(v.s.doc) + " says: ")
		n := min(len(v.sents), maxAlso+1)
		cited, copies := splitCopies(v.sents[:1], v.sents[1:n])
		ag := agreement{cited: cited, named: append(copies, v.docs[n:]...)}
		b.WriteString(withAlso(cite(v.s.text, labels[v.s.doc], v.s.n), e.alsoText(ag, labels)))
		ans.Citations = append(ans.Citations, e.citation(v.s.doc, v.s.n, v.s.text))
		e.citeAgreeing(&ans, ag)
	}
	return e.finish(ans, b.String())
}

// dated names an article's outlet with its date, "FP (December 2, 2017)",
// or the outlet alone when the date is unknown.
func (e *Extractive) dated(id string) string {
	if a := e.article(id); !a.Published.IsZero() {
		return e.outlet(id) + " (" + a.Published.Format("January 2, 2006") + ")"
	}
	return e.outlet(id)
}

// withAlso puts "(also reported by …)" at the end of a cited sentence,
// before its final period.
func withAlso(cited, also string) string {
	if also == "" {
		return cited
	}
	body, ok := strings.CutSuffix(cited, ".")
	if !ok {
		return cited + " (" + also + ")"
	}
	return body + " (" + also + ")."
}
