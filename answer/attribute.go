package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// The asked attribute. A question about something the articles name often
// asks a fact of it they never give: "what is the population of Morocco?",
// "who is Poland's president?", "what party is Jeff Sessions in?". Its
// name carries much of its weight, so a sentence naming the entity covers
// enough of it (minCoverage), and the one word that says what is asked
// carries too little of it, or is related loosely enough to some word of
// that sentence ("population" ~ "migration"), for the absent-fact gate
// (absentfact.go) to refuse. The grammar of the question says which word
// that is: the head noun of "the N of X", of "X's N", of "what N does X …".
// The sentence that answers must say it: hold the word (or a form of it)
// itself or in its context, or a word close to it in meaning (cosine
// minAttributeRelated or more). A title asked of a country or body ("who
// is Poland's president") is asked for the person holding it, whom the
// sentence names with the title: the vectors, which put "president" near
// "government" (0.68), do not stand in for it.

// minAttributeRelated is the least cosine between the asked attribute and
// a word of the chosen sentence for the sentence to say it. Higher refuses
// more questions whose attribute the article words another way ("job" for
// a title such as "policy advisor"); lower answers more questions with a
// sentence that only shares a topic with the attribute ("population" ~
// "migration" 0.59). Swept on the tune sets (notes/answering.md).
const minAttributeRelated = 0.6

// askedAttribute returns the head noun of the attribute a question asks of
// something it names, lowercase, or "" when it asks none in these shapes:
//
//	what is the population of Morocco   → population
//	who is Poland's president           → president
//	what party is Jeff Sessions in      → party
//
// A class noun with a kind of its own ("which city", "what department":
// classNouns) is left out: its answer is a name of that kind, which the
// sentence need not call by the noun.
func askedAttribute(q string) string {
	ws := questionWords(q)
	if len(ws) < 3 || !attributeWh[ws[0]] {
		return ""
	}
	content := func(w string) bool { return !text.IsStopWord(text.English, w) && !text.IsDigits(w) }
	head := ""
	switch {
	case copulas[ws[1]]:
		// "what is the N of X", "who is X's N"
		rest := ws[2:]
		if len(rest) > 0 && articles[rest[0]] {
			rest = rest[1:]
		}
		for i, w := range rest {
			if w == "of" && i > 0 && content(rest[i-1]) && i+1 < len(rest) {
				head = rest[i-1]
				break
			}
			if w == "s" && i > 0 && len(rest[i-1]) > 1 { // not "U.S."
				// The noun phrase after the possessive; its last word is its
				// head. A preposition after it that opens no phrase ("what
				// was the US's team up to …") makes the phrase the subject
				// of another predicate: the question asks no attribute of it.
				j := i + 1
				for ; j < len(rest) && content(rest[j]); j++ {
					head = rest[j]
				}
				if j+1 < len(rest) && !content(rest[j+1]) && !articles[rest[j+1]] {
					head = ""
				}
				break
			}
			if !content(w) {
				break
			}
		}
	case ws[0] != "who" && content(ws[1]) && (auxiliaries[ws[2]] || copulas[ws[2]]):
		// "what party is X in", "which currency does X use"
		if _, ok := classNouns[ws[1]]; !ok {
			head = ws[1]
		}
	}
	return head
}

// attributeWh are the question words that ask for an attribute.
var attributeWh = map[string]bool{"what": true, "who": true, "which": true}

// lacksAttribute reports whether the best sentence does not say the
// attribute the question asks of what it names (see askedAttribute): the
// attribute is one of the question's own terms, no name, and neither the
// sentence nor its context holds it, nor the sentence a word within
// minAttributeRelated of it (for a title, a class noun of a person, only
// the word itself counts). A line of the header about the article
// (byline, link) is never refused for it, as in asksAbsentFact.
func (e *Extractive) lacksAttribute(own string, terms []qterm, best sentence, soft softMatcher) bool {
	attr := askedAttribute(own)
	if attr == "" || e.aboutArticle(best) {
		return false
	}
	if k, ok := classNouns[attr]; ok && gatedKinds[k] && hasKind(k, best.text, askedWords(own)) {
		return false // "what is the date of …": a date says it
	}
	for _, t := range terms {
		if t.Name || t.Number || !strings.EqualFold(t.Word, attr) {
			continue
		}
		if own, ctx, _, _ := coverOf([]qterm{t}, best, soft); own+ctx > 0 {
			return false
		}
		if classNouns[attr] != kindPerson && e.nearAttribute(t.Word, best.words, soft) {
			return false
		}
		return true
	}
	return false
}

// nearAttribute reports whether a word of words is within
// minAttributeRelated of attr.
func (e *Extractive) nearAttribute(attr string, words map[string]bool, soft softMatcher) bool {
	return e.nearWord(attr, words, soft, minAttributeRelated)
}

// nearWord reports whether a word of words is within cosine min of word
// (true without vectors: nothing is refused for them).
func (e *Extractive) nearWord(word string, words map[string]bool, soft softMatcher, min float64) bool {
	if soft.v == nil {
		return true // without vectors, nothing is refused for them
	}
	for w := range words {
		if soft.similarity(word, w) >= min {
			return true
		}
	}
	return false
}

// asksAge reports whether q asks how old someone or something is.
func asksAge(q string) bool { return asksHow(q, "old") }

// holdsAge reports whether sentence s gives an age: a number of a unit of
// time followed by "old" ("the 32-year-old adviser", "two years old"), or
// a number after "aged" or "age" ("aged 71", "at age 32", "the age of 32").
// A question asking how old someone is is a number question (askedKind),
// but not every number answers it ("one of 193 member states").
func holdsAge(s string) bool {
	toks := text.Tokens(s)
	isNum := func(i int) bool {
		return i >= 0 && i < len(toks) && (text.IsDigits(toks[i].Text) || isNumberWord(strings.ToLower(toks[i].Text)))
	}
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		switch {
		case low == "old" && i >= 2 && timeUnits[strings.ToLower(toks[i-1].Text)] && isNum(i-2):
			return true
		case low == "aged" || low == "age":
			if isNum(i+1) || i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "of") && isNum(i+2) {
				return true
			}
		}
	}
	return false
}
