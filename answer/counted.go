package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// countedSpan is how many words after a number the thing it counts may
// stand ("60 million people", "164 UN member states"): wider takes a
// number that counts something else for the count asked.
const countedSpan = 4

// countedNoun returns the word a "how many" or "how much" question counts
// ("how many migrants crossed…" → "migrants"), lowercased, or "" when the
// question counts nothing it names ("how many are there?").
func countedNoun(q string) string {
	return wordAfter(q, []string{"how"}, []string{"many", "much"})
}

// wordAfter returns the word of question q that follows the first run of
// words matching lead (one list of alternatives per word), lowercased, or
// "" when there is none or it is an auxiliary or a stop word ("how many
// are there?", "who is …").
func wordAfter(q string, lead ...[]string) string {
	ws := text.Words(q)
	for i := 0; i+len(lead) < len(ws); i++ {
		matched := true
		for j, alts := range lead {
			matched = matched && slices.Contains(alts, strings.ToLower(ws[i+j].Text))
		}
		if !matched {
			continue
		}
		c := strings.ToLower(ws[i+len(lead)].Text)
		if auxiliaries[c] || copulas[c] || text.IsStopWord(text.English, c) {
			return ""
		}
		return c
	}
	return ""
}

// counts reports whether sentence s gives a number of the thing noun
// (its stem stem) counts: a number followed within countedSpan words by
// the noun, a word of the same stem, or one related in meaning ("states"
// for "countries"). A sentence of another language than lang (the
// question's) is not judged: its words can't be compared.
func (e *Extractive) counts(s sentence, lang, noun, stem string, soft softMatcher) bool {
	if code := e.article(s.doc).Language; code != "" && lang != "" && code != lang {
		return true
	}
	toks := text.Tokens(s.text)
	related := func(w string) bool { return soft.match(noun, map[string]bool{w: true}) > 0 }
	code := e.article(s.doc).Language
	for i := range toks {
		if e.countedAt(code, toks, i, noun, stem, related, nil) {
			return true
		}
	}
	return false
}

// countedAt reports whether token i of toks (text of language code, as
// Analyzer.StemsIn reads it) is a number (in digits or a word) of the thing
// noun (its stem stem) counts: the noun, a word of the same stem or a word
// related (see related) stands within countedSpan words after it, before
// a word that ends the thing counted (see ends; nil for none).
func (e *Extractive) countedAt(code string, toks []text.Token, i int, noun, stem string, related, ends func(word string) bool) bool {
	if !text.IsDigits(toks[i].Text) && !isNumberWord(strings.ToLower(toks[i].Text)) {
		return false
	}
	isNoun := func(low string) bool {
		if low == noun || related(low) {
			return true
		}
		st := e.ix.StemsIn(code, low)
		return len(st) == 1 && st[0] == stem
	}
	for k, u := range toks[i+1 : min(len(toks), i+1+countedSpan)] {
		low := strings.ToLower(u.Text)
		if k == 0 && timeUnits[low] && low != noun && !timeUnits[noun] {
			// "the 32-year-old adviser": a number of years, whatever the
			// noun's vectors say of "year" ("countries" is near it).
			break
		}
		if isNoun(low) {
			return true
		}
		if copulas[low] {
			continue // "about 22.5 million are refugees": the noun is predicated of the number
		}
		if ends != nil && ends(low) {
			break
		}
	}
	// "the number of people on the move has increased to 250 million":
	// the noun after "number of" before the number, with no other number
	// between them.
	for j := i - 1; j >= max(0, i-numberOfSpan); j-- {
		if text.IsDigits(toks[j].Text) || toks[j].EndsSentence {
			return false
		}
		if j+2 < i && numberOf[strings.ToLower(toks[j].Text)] && strings.EqualFold(toks[j+1].Text, "of") && isNoun(strings.ToLower(toks[j+2].Text)) {
			return true
		}
	}
	return false
}

// numberOfSpan is how many words before a number "the number of <noun>"
// may open ("the number of people on the move worldwide has increased to
// 250 million" is ten): wider takes a number of another clause for the
// count.
const numberOfSpan = 12

// numberOf are the nouns that, followed by "of", name a count that a
// number later in the clause gives.
var numberOf = map[string]bool{"number": true, "total": true, "count": true, "tally": true}

// countsAsked reports whether one of sents gives a number of what the
// question q counts; true when q counts nothing it names.
func (e *Extractive) countsAsked(q string, sents []sentence) bool {
	noun := countedNoun(q)
	if noun == "" {
		return true
	}
	lang, soft := e.ix.QuestionLanguage(q), e.softMatcher()
	stem := ""
	if st := e.ix.StemsIn(lang, noun); len(st) == 1 {
		stem = st[0] // in the question's language, not the word's alone
	}
	for _, s := range sents {
		if e.counts(s, lang, noun, stem, soft) {
			return true
		}
	}
	return false
}

// countedClass returns the kind of name that the thing a "how many"
// question q counts is a class of ("how many countries" → a place, "how
// many top officials" → a person: a class noun, plural or not, within
// maxClassLead words of "many", as classKind reads "which"), or kindAny.
func countedClass(q string) kind {
	ws := text.Words(q)
	for i := 0; i+2 < len(ws); i++ {
		if !strings.EqualFold(ws[i].Text, "how") || !strings.EqualFold(ws[i+1].Text, "many") {
			continue
		}
		var after []string
		for _, w := range ws[i+2:] {
			low := strings.ToLower(w.Text)
			after = append(after, low, strings.TrimSuffix(low, "ies")+"y") // "countries" → "country"
		}
		switch k, _ := classKind(after, 2*maxClassLead-1); k {
		case kindPerson, kindPlace, kindOrg:
			return k
		}
		return kindAny
	}
	return kindAny
}

// minListedName is how many capitalised words a person's or an
// organisation's name in a list must have ("Jeff Sessions", "Attorney
// General Jeff Sessions"): one word takes "the Trump administration's
// policies" for an item of a list; two misses a list of surnames alone.
const minListedName = 2

// listItem reports whether the run of capitalised words of s holding
// token i of toks (its tokens; a comma ends a run: "Hungary, Austria")
// names one thing of class k: a country or a capital by the gazetteer for a
// place, a name of at least minListedName words otherwise.
func (e *Extractive) listItem(s string, toks []text.Token, i int, k kind, asked map[string]bool) bool {
	if !startsUpper(toks[i].Text) || asked[strings.ToLower(toks[i].Text)] || retrieval.IsCalendarWord(toks[i].Text) {
		return false
	}
	joined := func(a int) bool { // token a and a+1 are one run
		return !toks[a].EndsSentence && startsUpper(toks[a].Text) && startsUpper(toks[a+1].Text) && strings.TrimSpace(s[toks[a].End:toks[a+1].Start]) == ""
	}
	start, end := i, i+1
	for start > 0 && joined(start-1) {
		start--
	}
	for end < len(toks) && joined(end-1) {
		end++
	}
	if k == kindPlace {
		return e.places().IsPlace(s[toks[start].Start:toks[end-1].End])
	}
	return isNameWord(toks, i) && end-start >= minListedName
}

// listsNames reports whether sentence s lists two or more names of class k
// (see listItem) that the question does not give (asked), the last joined
// by "and" ("Hungary, Austria and the United States"; "John Kelly, who …,
// and Attorney General Jeff Sessions"): a count of a class of names is
// answered by naming them one by one, as the articles do, with no number.
func (e *Extractive) listsNames(s string, k kind, asked map[string]bool) bool {
	toks := text.Tokens(s)
	for i, t := range toks {
		if !strings.EqualFold(t.Text, "and") || t.EndsSentence {
			continue
		}
		j := i + 1
		if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
			j++ // "and the United States"
		}
		if j >= len(toks) || !e.listItem(s, toks, j, k, asked) {
			continue
		}
		for p := i - 1; p >= 0 && !toks[p].EndsSentence; p-- {
			if e.listItem(s, toks, p, k, asked) {
				return true
			}
		}
	}
	return false
}
