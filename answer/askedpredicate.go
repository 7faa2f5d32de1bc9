package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// The asked predicate. An out-of-scope question often names someone the
// articles name and asks what they did that the articles never tell: "what
// does Brian Hook earn?", "who succeeded Tillerson?", "where did Kelly work
// before …?". The names carry most of the question's weight, so a sentence
// naming them covers enough of it (minCoverage), and the verb that says
// what is asked carries too little of it for the absent-fact gate
// (maxUnmatchedKey), or is loosely related to some word of that sentence
// ("succeeded" ~ "represented" over minRelated). The grammar of the
// question says which word is the predicate asked, as it says which noun
// is the attribute asked (attribute.go): the verb of "who <verb> …", and
// the last word of the clause after a wh-word and a do-auxiliary or modal
// ("what does Brian Hook earn", "how did the Mexican government react to
// …": the clause ends at the first function word). The sentence that
// answers must say it as the attribute: hold the verb (a form of it) or
// have it in its context, or hold a word within minAttributeRelated of it.

// predicateWh are the question words that ask something of a predicate.
var predicateWh = map[string]bool{
	"what": true, "who": true, "whom": true, "which": true, "where": true, "when": true, "how": true,
}

// doAuxiliaries are the auxiliaries that carry a question's tense or mood
// before its subject, leaving the predicate's verb in its base form ("did
// Kelly work", "would Poland sign"): a closed class. The copulas and
// "have" are left out: after them the verb is a participle or there is
// none ("was the compact adopted", "is Hook the chief").
var doAuxiliaries = map[string]bool{
	"do": true, "does": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "shall": true, "may": true, "might": true,
}

// proVerbs are verbs that stand for any act ("what is Miller doing",
// "what happened to …"): a closed class; the act they stand for is not
// named, so nothing is looked for.
var proVerbs = map[string]bool{
	"do": true, "does": true, "did": true, "doing": true, "done": true,
	"happen": true, "happens": true, "happened": true, "go": true, "get": true, "have": true, "be": true,
}

// minPredicateRelated is the least cosine between the asked verb and a
// word of the chosen sentence for the sentence to tell the act in other
// words. Higher refuses more questions whose act the answer tells in other
// words ("who does Brian Hook work for", answered by his title, needs
// 0.6); lower answers more questions with a sentence whose words only
// share a topic with the verb ("replaced" ~ "news" 0.61). Swept on the tune
// sets (0.6, 0.65, 0.7, 0.8, the word itself): 0.6, the attribute's
// threshold, is the highest that refuses no answerable tune question;
// each of the others refuses "who does brian hook work for" and gains no
// refusal (notes/answering.md).
const minPredicateRelated = 0.6

// maxPredicateLead is how many words may stand between the wh-word and
// the do-auxiliary ("how many migrants did …", "what kind of deal did
// …"): more reads a longer subject as the question's head.
const maxPredicateLead = 3

// askedPredicate returns the verb question q asks of what it names,
// lowercased, or "" when it has none of these shapes:
//
//	who succeeded Tillerson                             → succeeded
//	what does Brian Hook earn                           → earn
//	how did the Mexican government react to the boycott → react
//	what did Poland's government decide                 → decide
//
// After the do-auxiliary, a subject of names (isName: "Brian Hook") is
// followed by the verb; a subject that opens with an article, holds a
// possessive or is a common noun ("the Mexican government", "Poland's
// government") ends with it, so the verb is the last word of the clause,
// which ends at the first function word ("react to …", "quit the talks").
// A "why" question asks the reason of an act it takes as given, which the
// answer may word otherwise ("why did the administration quit the talks":
// "pull out"): no verb is returned for it. Nor for a light verb ("who
// made the announcement": lightverb.go), a verb standing for any act, or a
// verb of saying (a stop word, no term).
func askedPredicate(q string, isName func(string) bool) string {
	if v := askedVerb(q); v != "" {
		if isLightVerb(v) || proVerbs[v] {
			return ""
		}
		return v
	}
	ws := questionWords(q)
	if len(ws) < 3 || !predicateWh[ws[0]] {
		return ""
	}
	aux := -1
	for i := 1; i < len(ws) && i <= maxPredicateLead+1; i++ {
		if doAuxiliaries[ws[i]] {
			aux = i
			break
		}
		if copulas[ws[i]] || auxiliaries[ws[i]] {
			return ""
		}
	}
	if aux < 0 {
		return ""
	}
	content := func(w string) bool { return !text.IsStopWord(text.English, w) && !text.IsDigits(w) }
	verb := func(v string) string {
		if !content(v) || isLightVerb(v) || proVerbs[v] {
			return ""
		}
		return v
	}
	j := aux + 1
	if j < len(ws) && isName(ws[j]) {
		for j < len(ws) && isName(ws[j]) {
			j++
		}
		if j < len(ws) && ws[j] != "s" {
			return verb(ws[j]) // "did Brian Hook earn"
		}
	}
	// A noun phrase: the verb ends the clause.
	for j < len(ws) && articles[ws[j]] {
		j++
	}
	var clause []string
	for ; j < len(ws); j++ {
		if ws[j] == "s" {
			continue // "poland's government"
		}
		if !content(ws[j]) {
			break
		}
		clause = append(clause, ws[j])
	}
	// A subject and its verb: one word alone is either.
	if len(clause) < 2 {
		return ""
	}
	return verb(clause[len(clause)-1])
}

// questionWords returns q's words, lowercased, with the misspelt question
// words read as those they stand for ("wat" → "what"; "whats" → "what is").
func questionWords(q string) []string {
	var ws []string
	for _, w := range text.Words(q) {
		lw := strings.ToLower(w.Text)
		std, ok := chatSpellings[lw]
		if !ok {
			ws = append(ws, lw)
			continue
		}
		ws = append(ws, std)
		if strings.HasSuffix(lw, "s") && !strings.HasSuffix(std, "s") {
			ws = append(ws, "is") // "whats": "what is"
		}
	}
	return ws
}

// lacksPredicate reports whether the best sentence does not say the verb
// the question asks of what it names (see askedPredicate): the verb is one
// of the question's own terms, no name and no number, and neither the
// sentence nor its context holds it (or a form of it), nor the sentence a
// word within minAttributeRelated of it. As for the absent-fact gate, a
// sentence holding an answer of a kind hasKind finds reliably (a date for
// "when", a number, a place) gives what was asked, and a line of the
// header about the article is never refused for it.
func (e *Extractive) lacksPredicate(own string, terms []qterm, best sentence, soft softMatcher, want kind, asked map[string]bool) bool {
	names := map[string]bool{}
	for _, t := range terms {
		if t.Name {
			names[strings.ToLower(t.Word)] = true
		}
	}
	verb := askedPredicate(own, func(w string) bool { return names[w] })
	if verb == "" || e.aboutArticle(best) || gatedKinds[want] && hasKind(want, best.text, asked) {
		return false
	}
	var vt *qterm
	for i, t := range terms {
		if t.Name || t.Number {
			continue
		}
		held := false
		if own, ctx, _, _ := coverOf([]qterm{t}, best, soft); own+ctx > 0 {
			held = true
		}
		switch {
		case strings.EqualFold(t.Word, verb):
			if held {
				return false
			}
			vt = &terms[i]
		case held:
			// Another word of the question is there ("who ran the 2016
			// summit": "hosted an international summit … in September
			// 2016"): the sentence tells of the act asked, in its own words.
			return false
		}
	}
	return vt != nil && !e.nearWord(vt.Word, best.words, soft, minPredicateRelated)
}
