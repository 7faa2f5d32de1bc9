package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/intent"
	"github.com/footnote-bot/footnote/text"
)

// The value a sentence gives of a time asked for ("When was the compact
// adopted in Marrakech?"): its days, months and relative times (see
// valueAt) that stand near a word of what was asked ("adopted on Monday"),
// not those of its dateline ("MARRAKECH, Morocco, 11 December —" dates the
// report) nor of another act of the sentence.

// datelineLen is how far into a sentence (in bytes) its dateline may end:
// longer takes an opening clause for a dateline.
const datelineLen = 60

// timeAsk is what a "when" question asks the time of, read once to judge
// the candidate sentences.
type timeAsk struct {
	lang  string
	asked map[string]bool
	// action are the question's own terms but its class noun ("day":
	// "a day dominated by…" is no act) and the words of the events it
	// dates its act by: what the time must be of. They are matched by their stems, not by related words: the words
	// of a time's clause are few, and the vectors relate light verbs
	// ("make", "take") that tell of other acts.
	action []qterm
	// act are the terms of action that are not names: the act itself
	// rather than its actors. Another outlet's time is a version only
	// when it stands next to one of them or a word related in meaning
	// ("approved" for "adopt"): the actors are named in the clauses of
	// other acts too ("during Lajčák's term as President of the General
	// Assembly, earlier this year" for when the General Assembly endorsed
	// the compact).
	act  []qterm
	soft softMatcher
	// year is the newest publication year of the passages' articles (see
	// newestYear): another outlet's time dated to a year before its
	// report's ("In September 2016, all 193 member states adopted a
	// declaration" in a 2018 story) is of another event, as for a count.
	year int
	// names are the question's own names but the events' ("the US", "the
	// UN" of "On what day did the US tell the UN …"): a time is of the
	// act asked only when one of them stands near it, by its stem or
	// written otherwise (see heldAsInitials). The act's words alone are
	// also said of other acts told in the same sentence ("The Australian
	// reported earlier this week that the government had left open the
	// door", "In recent weeks, Miller led efforts to pull out of the
	// talks").
	names []qterm
	// actor are the words of the first of names' runs in the question,
	// the doer of the act ("the US" of "On what day did the US tell the UN
	// …"; see actorNames): another outlet's time is of the act asked only
	// when its clause names the actor (see clauseOf). The act's other
	// names stand in the clauses of other acts too ("The United Nations
	// General Assembly endorsed … Wednesday", "Morawiecki said Friday it
	// was unlikely Poland would support the UN migration pact").
	actor []qterm
	// event are the terms of the events the question dates its act by
	// (see eventWords): a time next to one of them is the event's
	// ("approved by acclamation at a conference in Marrakech earlier this
	// month"), not the act's.
	event []qterm
	// verbs are the question's verbs (see questionVerbs), lowercased: a
	// time of a verb of reporting is of the act asked when what it
	// reports holds one of them (see ofPredicate).
	verbs []string
}

// ofAct reports whether the time at token i may be of the act asked
// about: after the sentence's dateline (which starts at byte from), next
// to a word of terms, and not next to a word of the events the question
// dates the act by. toks are the tokens of a sentence of language code.
func (e *Extractive) ofAct(ta timeAsk, terms []qterm, soft *softMatcher, code string, toks []text.Token, from, i int) bool {
	if toks[i].Start < from || !e.nearTerms(terms, soft, minRelated, code, toks, i) {
		return false
	}
	return len(ta.event) == 0 || !e.nearTerms(ta.event, nil, 0, code, toks, i)
}

// newTimeAsk reads what question own asks the time of.
func (e *Extractive) newTimeAsk(own string, asked map[string]bool, bar answerBar) timeAsk {
	ta := timeAsk{lang: e.ix.QuestionLanguage(own), asked: asked}
	ref := eventWords(own)
	for _, t := range bar.terms {
		if ref[strings.ToLower(t.Word)] {
			ta.event = append(ta.event, t)
		}
		if bar.ownStems[t.Stem] && !ref[strings.ToLower(t.Word)] && t.answers == kindAny {
			ta.action = append(ta.action, t)
			if !t.Name {
				ta.act = append(ta.act, t)
			} else if !t.Number {
				ta.names = append(ta.names, t)
			}
		}
	}
	ta.soft = bar.soft
	ta.actor = actorNames(own, ta.names)
	ta.verbs = questionVerbs(own)
	return ta
}

// actorNames returns the terms of names (a question's own names) that
// make up the run of names right after the question's auxiliary (and an
// article), its subject: "the US" of "On what day did the US tell the UN
// …", "Austria" of "When did Austria say …"; nil when no name stands
// there ("When was the compact adopted in Marrakech?" names a place, not
// who acted).
func actorNames(own string, names []qterm) []qterm {
	toks := text.Tokens(own)
	i := slices.IndexFunc(toks, func(t text.Token) bool { return auxiliaries[strings.ToLower(t.Text)] })
	if i < 0 {
		return nil
	}
	i++
	if i < len(toks) && determiners[strings.ToLower(toks[i].Text)] {
		i++
	}
	var out []qterm
	for ; i < len(toks); i++ {
		j := slices.IndexFunc(names, func(t qterm) bool { return strings.EqualFold(t.Word, toks[i].Text) })
		if j < 0 {
			break
		}
		out = append(out, names[j])
	}
	return out
}

// eventWords returns the lowercased words of the events question own
// dates its act by ("after the Marrakech conference", see intent.Events):
// a time or a count next to them is the event's ("approved … at a
// conference in Marrakech earlier this month"), not one of the act asked
// about.
func eventWords(own string) map[string]bool {
	out := map[string]bool{}
	for _, ev := range intent.Events(own) {
		for _, w := range text.Words(ev) {
			out[strings.ToLower(w.Text)] = true
		}
	}
	return out
}

// timeValue returns the value sentence s gives of the time asked, folded,
// or "" when it gives none. A sentence in another language than the
// question's is not judged word by word (see valueOf). With named, the
// time must also stand near a name of the question (see nearName): a
// sentence the answer did not choose may tell of another act ("The
// Australian reported earlier this week …"), while the chosen one answers
// the question even when it names its actor far from the time or only in
// its dateline ("MARRAKECH … — The two-day Conference … concluded
// today").
func (e *Extractive) timeValue(ta timeAsk, s sentence, named bool) string {
	toks := timeTokens(s.text, e.article(s.doc).Published)
	code := e.article(s.doc).Language
	if code != "" && ta.lang != "" && code != ta.lang {
		// Its act can't be read word by word, but its names can.
		return valueAt(kindTime, toks, ta.asked, func(i int) bool { return !named || e.nearName(ta.names, s, toks, i) })
	}
	from := datelineEnd(s.text)
	return valueAt(kindTime, toks, ta.asked, func(i int) bool {
		return e.ofAct(ta, ta.action, nil, code, toks, from, i) && e.ofPredicate(ta, s.text, code, toks, i) && (!named || e.nearActor(ta, s, toks, i))
	})
}

// rivalTimeValue is timeValue for another outlet's sentence than the
// chosen one: its time must stand next to a word of the act (see
// timeAsk.act), when the question has one.
func (e *Extractive) rivalTimeValue(ta timeAsk, s sentence) string {
	code := e.article(s.doc).Language
	if code != "" && ta.lang != "" && code != ta.lang {
		return foreignDay(e.timeValue(ta, s, true))
	}
	if len(ta.act) == 0 {
		return e.timeValue(ta, s, true)
	}
	toks := timeTokens(s.text, e.article(s.doc).Published)
	from := datelineEnd(s.text)
	year := e.reportYear(s.doc, ta.year)
	return valueAt(kindTime, toks, ta.asked, func(i int) bool {
		return e.ofAct(ta, ta.act, &ta.soft, code, toks, from, i) && e.ofPredicate(ta, s.text, code, toks, i) && !datedBefore(toks, i, year) &&
			e.nearActor(ta, s, toks, i)
	})
}

// nameSpan is how many words from a time a name of the question may stand
// for the time to be of its act: a clause names its actor at its head,
// often a dozen words before the time it closes with ("The United
// Nations General Assembly endorsed a sweeping accord to ensure safe and
// orderly migration Wednesday"); wider takes the name of another clause.
const nameSpan = 12

// nearName reports whether one of names stands within nameSpan words
// of token i of sentence s, by its stem or written otherwise ("United
// States" for "US"), or a personal pronoun does that stands for it ("she
// said on Saturday", the sentence's stems crediting the pronoun with its
// name, see resolveRefs); true when there are no names.
func (e *Extractive) nearName(names []qterm, s sentence, toks []text.Token, i int) bool {
	if len(names) == 0 {
		return true
	}
	lo, hi := max(0, i-nameSpan), min(len(toks), i+nameSpan+1)
	if e.spanNames(names, s.doc, s.text[toks[lo].Start:toks[hi-1].End]) {
		return true
	}
	pronoun := slices.ContainsFunc(toks[lo:hi], func(t text.Token) bool { return personalPronouns[strings.ToLower(t.Text)] })
	return pronoun && slices.ContainsFunc(names, func(t qterm) bool { return matchIn(t, s.stems) > 0 })
}

// nearActor reports whether a name of the question stands near token i
// of sentence s (see nearName) and the clause of the token (see clauseOf)
// names the question's actor (see timeAsk.actor), by its stem or written
// otherwise, or holds a personal pronoun standing for it.
func (e *Extractive) nearActor(ta timeAsk, s sentence, toks []text.Token, i int) bool {
	if !e.nearName(ta.names, s, toks, i) {
		return false
	}
	if len(ta.actor) == 0 {
		return true
	}
	lo, hi := clauseOf(s.text, toks, i)
	if e.spanNames(ta.actor, s.doc, s.text[toks[lo].Start:toks[hi-1].End]) || namesByDemonym(ta.actor, toks[lo:hi]) {
		return true
	}
	pronoun := slices.ContainsFunc(toks[lo:hi], func(t text.Token) bool { return personalPronouns[strings.ToLower(t.Text)] })
	return pronoun && slices.ContainsFunc(ta.actor, func(t qterm) bool { return matchIn(t, s.stems) > 0 })
}

// clauseMarks end a clause: punctuation between two words.
const clauseMarks = ",;:()[]\"“”«»—–"

// namesByDemonym reports whether one of toks is a demonym in -ish of a
// country that one of names is ("The Polish government said Tuesday …"
// names Poland, see countryRoot): the question names the country, its
// actor, the sentence the country's government or people.
func namesByDemonym(names []qterm, toks []text.Token) bool {
	for _, tok := range toks {
		root := countryRoot(strings.ToLower(tok.Text))
		if root == "" || !startsUpper(tok.Text) {
			continue
		}
		if slices.ContainsFunc(names, func(t qterm) bool { return strings.HasPrefix(strings.ToLower(t.Word), root) }) {
			return true
		}
	}
	return false
}

// maxBareClause is how many words a clause may hold to be read as a
// part of the sentence's main clause rather than a clause of its own: an
// opening phrase ("On Saturday, the U.S. mission … informed", "But last
// December, the United States said") or a closing one ("… endorsed a
// sweeping accord, the compact on migration, Wednesday"). Longer takes
// another act's clause for the act asked.
const maxBareClause = 4

// clauseOf returns the tokens [lo, hi) of the clause of sentence s that
// holds token i: the words between the punctuation marks around it (see
// clauseMarks; a hyphen or an apostrophe joins words, and so does a comma
// between two names, "Marrakech, Morocco", though not after or before a
// month or a weekday: "quit talks on the pact last December, Hungary's
// … prime minister … rejected it in July" are two clauses), or the whole sentence when
// that clause holds maxBareClause words or fewer.
func clauseOf(s string, toks []text.Token, i int) (int, int) {
	breaks := func(j int) bool { // between tokens j-1 and j
		if toks[j].Start < toks[j-1].End {
			return false // two overlapping character bigrams (Chinese, Japanese) of one run
		}
		gap := s[toks[j-1].End:toks[j].Start]
		if strings.TrimSpace(gap) == "," && startsUpper(toks[j-1].Text) && startsUpper(toks[j].Text) &&
			!isCalendarName(toks[j-1].Text) && !isCalendarName(toks[j].Text) {
			return false
		}
		return strings.ContainsAny(gap, clauseMarks)
	}
	lo, hi := i, i+1
	for lo > 0 && !breaks(lo) {
		lo--
	}
	for hi < len(toks) && !breaks(hi) {
		hi++
	}
	if hi-lo <= maxBareClause {
		return 0, len(toks)
	}
	return lo, hi
}

// datelineMarks end a dateline: a dash, a colon or the opening of an
// agency's name ("UNITED NATIONS, Dec. 3 (Xinhua) --"); U+FFFD stands for
// a dash a page's encoding lost.
var datelineMarks = []string{"—", "–", " -- ", " - ", ":", "(", "\uFFFD"}

// datelineEnd returns the byte offset where the dateline that opens s
// ends ("December 4, 2017: Yesterday…", "MARRAKECH, Morocco, 11 December
// — The…"), or 0 when s opens with none: a dateline is a place or a date,
// with no word in lower case, ended within datelineLen bytes by one of
// datelineMarks.
func datelineEnd(s string) int {
	head := s[:min(len(s), datelineLen)]
	end := -1
	for _, m := range datelineMarks {
		if i := strings.Index(head, m); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return 0
	}
	for _, w := range text.Words(s[:end]) {
		if r := []rune(w.Text)[0]; unicode.IsLower(r) {
			return 0
		}
	}
	return end
}

// spanNames reports whether part, a span of a sentence of article doc,
// holds one of names, by its stem or written otherwise ("United States"
// for "US", see heldAsInitials).
func (e *Extractive) spanNames(names []qterm, doc, part string) bool {
	sa := e.spans.of(e.ix, e.article(doc).Language, part)
	set := sa.stems
	held := sentence{stems: set, ctx: set, all: []string{part}, para: sa.para}
	folded := ""
	for _, t := range names {
		if matchIn(t, set) > 0 || heldAsInitials(t, held) {
			return true
		}
		if t.region != "" {
			// A country is named in each language by its own name
			// ("États-Unis" for "United States", crossnames.go).
			if folded == "" {
				folded = " " + foldedWords(part) + " "
			}
			if namesCountry(folded, e.places().NamesOf(t.region)) {
				return true
			}
		}
	}
	return false
}
