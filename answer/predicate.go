package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A time is of the predicate it stands by: in "The three-day preparatory
// stocktaking meeting of the intergovernmental conference to adopt a
// Global Compact … began today", "today" is when the meeting began, not
// when the compact was adopted, though "adopt" stands within reach; in
// "a General Assembly plenary to be held on 19 December at which the
// Global Compact will be formally adopted", 19 December is when the
// plenary is held. An English sentence's verb in the past (a word in -ed
// an irregular past form or one of saying: the forms a news report tells
// its acts by)
// nearest a time in its clause, before it or else after it, is the
// time's predicate; the time is of the act asked when that verb is a word
// of the act (by stem or related in meaning), or when a word of the act
// stands between the verb and the time ("made the decision on Friday",
// "took office last December": a light verb's object carries the act).
// A clause with no such verb leaves the time to the other rules.

// pastVerbMin is the shortest word in -ed read as a verb: shorter ones
// ("need", "seed", "red") are not past forms.
const pastVerbMin = 5

// adjectiveMarks make a following word in -ed an adjective ("the proposed
// compact", "its detailed objectives"): articles and possessives, a
// closed class.
var adjectiveMarks = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// sayingPast are the past forms of the verbs of saying, which the
// irregular verbs leave out (see relatedness.IrregularPast): "The Polish
// government said Tuesday that it will not support a global compact"
// tells when it said so, not when the compact was adopted. A closed class.
var sayingPast = map[string]string{"said": "say", "told": "tell", "spoke": "speak", "spoken": "speak"}

// pastVerbAt reports whether token i of toks is an English verb in the
// past: lower case, in -ed (not a number word such as "hundred", not after
// an article or a possessive), or an irregular past form or one of saying.
func pastVerbAt(toks []text.Token, i int) bool {
	w := toks[i].Text
	if w != strings.ToLower(w) {
		return false
	}
	if relatedness.IrregularPast(w) || sayingPast[w] != "" {
		return true
	}
	if len(w) < pastVerbMin || !strings.HasSuffix(w, "ed") || strings.Contains(w, "-") {
		return false
	}
	if _, ok := text.NumberWord(text.English, w); ok {
		return false
	}
	return i == 0 || !adjectiveMarks[strings.ToLower(toks[i-1].Text)]
}

// ofPredicate reports whether the time at token i of sentence s (tokens
// toks, language code) is of the act asked (see the comment above): true
// when the sentence is not English, the question has no act words, or
// the time's clause has no verb in the past.
func (e *Extractive) ofPredicate(ta timeAsk, s string, code string, toks []text.Token, i int) bool {
	if len(ta.act) == 0 || (code != "" && code != string(text.English)) {
		return true
	}
	lo, hi := clauseOf(s, toks, i)
	verb := -1
	for j := i - 1; j >= lo && verb < 0; j-- {
		if pastVerbAt(toks, j) {
			verb = j
		}
	}
	for j := i + 1; j < hi && verb < 0; j++ {
		if pastVerbAt(toks, j) {
			verb = j
		}
	}
	if verb < 0 {
		return true
	}
	if decisionNotAsked(ta, toks, verb, i) {
		return false // "On Friday, Trump decided that …" (decisiontime.go)
	}
	from, to := min(verb, i+1), max(verb+1, i)
	if e.saysAny(ta.act, &ta.soft, minRelated, code, toks[from:to]) {
		return true
	}
	// An irregular past is the act when the question writes one of its
	// forms ("say" for "said", "make" for "made"), which no stem tells
	// and which the question's terms may leave out as too common.
	w := toks[verb].Text
	forms := append(relatedness.VerbForms(w), w)
	if b := sayingPast[w]; b != "" {
		forms = append(forms, b)
	}
	if slices.ContainsFunc(forms, func(f string) bool { return ta.asked[f] }) {
		return true
	}
	// Or when the verb reports ("announced last week that the country
	// would quit the migration pact") what a verb of the question says:
	// the report's time is when the act was made known, as a question
	// asking when someone said or announced it means. A report of
	// something else ("said Tuesday that it will not support a global
	// compact", for when the compact was adopted) is not of the act.
	if verb > i {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		if strings.EqualFold(toks[j].Text, "that") {
			return e.saysVerb(ta.verbs, code, toks[j+1:])
		}
	}
	return false
}

// saysVerb reports whether one of toks is one of verbs, by stem or as
// another form of an irregular verb.
func (e *Extractive) saysVerb(verbs []string, code string, toks []text.Token) bool {
	want := map[string]bool{}
	for _, v := range verbs {
		for _, f := range append(relatedness.VerbForms(v), v) {
			for _, st := range e.words.of(e.ix, code, f) {
				want[st] = true
			}
		}
	}
	for _, t := range toks {
		for _, st := range e.words.of(e.ix, code, t.Text) {
			if want[st] {
				return true
			}
		}
	}
	return false
}

// questionVerbs returns the verbs of question q, lowercased: its words in
// -ed or irregular past forms (see pastVerbAt), and the word after an
// auxiliary, a modal or "to" (a closed class), past the names and
// determiners that stand between ("did the US tell", "would quit", "to
// leave"); not a noun after an article ("was the compact adopted").
func questionVerbs(q string) []string {
	toks := text.Tokens(q)
	var out []string
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		if i > 0 && pastVerbAt(toks, i) {
			out = append(out, low)
			continue
		}
		if !auxiliaries[low] && low != "to" {
			continue
		}
		j := i + 1
		for j < len(toks) && determiners[strings.ToLower(toks[j].Text)] {
			j++
		}
		named := j
		for j < len(toks) && startsUpper(toks[j].Text) {
			j++
		}
		if j > i+1 && j == named {
			continue // "was the compact adopted": a noun after the article
		}
		if j < len(toks) && !auxiliaries[strings.ToLower(toks[j].Text)] {
			out = append(out, strings.ToLower(toks[j].Text))
		}
	}
	return out
}
