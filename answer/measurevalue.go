package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// The value a sentence gives of a length asked for ("How long did the
// negotiations last?", "How long is the text?"): its measures, a number
// with its unit ("18 months", "a six-month period", "the 31-page
// Compact", "the two-day Conference"), that stand near a word of what
// was asked. Its other numbers ("23 objectives", "258 million people",
// the "4" of "4 December") are no length, so they are no versions of one:
// before, every number of a sentence was, and outlets that agree on a
// "three-day meeting" were shown as differing on "4", "400" and "60".

// asksLength reports whether question q asks how long something is or
// lasted ("how long", read as a number by askedKind).
func asksLength(q string) bool { return asksHow(q, "long") }

// lengthAsk is what a "how long" question measures, read once to judge the
// candidate sentences.
type lengthAsk struct {
	lang  string
	asked map[string]bool
	soft  softMatcher
	// action are the question's own terms: what the measure must be of
	// ("negotiations", "text").
	action []qterm
	// act are those of action that are neither names nor the verb of
	// lasting (see lastingVerb): what a span of time is of
	// ("negotiations"), not the names of the things it is told with
	// ("negotiating the wording of the Global Compact over the past two
	// years" is no length of the Compact's text).
	act []qterm
}

// newLengthAsk reads what question own measures.
func newLengthAsk(own string, asked map[string]bool, bar answerBar, lang string) lengthAsk {
	la := lengthAsk{lang: lang, asked: asked, soft: bar.soft}
	verb := lastingVerb(own)
	for _, t := range bar.terms {
		if bar.ownStems[t.Stem] && !t.Number {
			la.action = append(la.action, t)
			if !t.Name && !strings.EqualFold(t.Word, verb) {
				la.act = append(la.act, t)
			}
		}
	}
	return la
}

// lastingVerb returns the verb that closes a question "how long did <what>
// <verb>?" ("last", "take"), lowercased, or "": it says that something
// lasted, not what did, and a span of another thing's lasting is no
// version ("the meeting lasted three days" for how long the negotiations
// lasted).
func lastingVerb(q string) string {
	ws := text.Words(q)
	for i := 0; i+2 < len(ws); i++ {
		if strings.EqualFold(ws[i].Text, "how") && strings.EqualFold(ws[i+1].Text, "long") && auxiliaries[strings.ToLower(ws[i+2].Text)] && !copulas[strings.ToLower(ws[i+2].Text)] {
			return strings.ToLower(ws[len(ws)-1].Text)
		}
	}
	return ""
}

// lengthValue returns the measures sentence s gives of what was asked,
// folded and joined ("18 month", "6 month"), or "" when it gives none. A
// sentence in another language than the question's is read for its
// measures alone: its words can't be compared with the question's.
func (e *Extractive) lengthValue(la lengthAsk, s sentence) string {
	code := e.article(s.doc).Language
	foreign := code != "" && la.lang != "" && code != la.lang
	toks := text.Tokens(s.text)
	var out []string
	for i := range toks {
		if la.asked[strings.ToLower(toks[i].Text)] {
			continue
		}
		m := measureAt(s.text, toks, i)
		if m == "" || (!foreign && !e.measures(la, code, s.text, toks, i)) {
			continue
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return strings.Join(out, " ")
}

// measures reports whether the measure token i of toks opens (see
// measureAt; toks are the tokens of s, text of language code) is one of
// what the question asks the length of: a measure joined by a hyphen to
// what it measures must have a word of the question in the words it
// heads ("the two-day Intergovernmental Conference", "the 31-page Global
// Compact"; so "a six-month period" measures no act the question names),
// and a span of time must stand near a word of the question's act (see
// lengthAsk.act). Before, any word of the question near any
// measure would do, and the "three-day meeting" in Puerto Vallarta was a
// version of the length of the compact's text.
func (e *Extractive) measures(la lengthAsk, code, s string, toks []text.Token, i int) bool {
	if isDash(s[toks[i].End:toks[i+1].Start]) {
		lo := i + 2
		hi := lo
		for hi < min(len(toks), lo+maxHeadWords) && !text.IsStopWord(text.English, strings.ToLower(toks[hi].Text)) {
			hi++
		}
		return hi > lo && e.saysAny(la.action, &la.soft, actionRelated, code, toks[lo:hi])
	}
	return len(la.act) > 0 && e.nearTerms(la.act, &la.soft, actionRelated, code, toks, i)
}

// maxHeadWords is how many words after a hyphenated measure may name what
// it measures ("the three-day preparatory stocktaking meeting"): more
// reads into the rest of the clause.
const maxHeadWords = 3

// measureAt returns the measure that token i of toks (tokens of s) opens,
// "18 month" for "18 months" and "6 month" for "six-month", or "" when it
// opens none: a number (in digits or an English number word) followed by
// a unit of time ("18 months", "two years"), or joined by a hyphen to the
// noun it measures ("31-page", "three-day"; an age, "32-year-old", is no
// length).
func measureAt(s string, toks []text.Token, i int) string {
	n, ok := numberValue(toks[i].Text)
	if !ok || i+1 >= len(toks) {
		return ""
	}
	u := strings.ToLower(toks[i+1].Text)
	if text.IsDigits(u) || isYear(toks[i].Text) {
		return ""
	}
	hyphened := isDash(s[toks[i].End:toks[i+1].Start])
	if !hyphened && !timeUnits[u] && !timeUnits[u+"s"] {
		return ""
	}
	if i+2 < len(toks) && strings.EqualFold(toks[i+2].Text, "old") {
		return ""
	}
	if hyphened && !timeUnits[u] && !timeUnits[u+"s"] && !isLowerWord(u, toks[i+1].Text) {
		return "" // "4-6 December", "COVID-19"
	}
	return n + " " + strings.TrimSuffix(u, "s")
}

// isDash reports whether between, the text between two tokens, is one
// hyphen or dash (ASCII, non-breaking U+2011 or an en dash).
func isDash(between string) bool {
	switch between {
	case "-", "\u2010", "\u2011", "\u2013":
		return true
	}
	return false
}

// isLowerWord reports whether word (low, lowercased) is written in lower
// case: a common noun, not a name or a month.
func isLowerWord(low, word string) bool {
	return word == low && !text.IsDigits(word)
}

// numberValue returns a number written in digits or as an English word
// in digits ("six" → "6"), and whether w is one.
func numberValue(w string) (string, bool) {
	if text.IsDigits(w) {
		return w, true
	}
	if n, ok := text.NumberWord(text.English, w); ok {
		return strconv.Itoa(n), true // "a six-month period" is "6 months"
	}
	return "", false
}
