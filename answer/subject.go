package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Who did what was asked ("Who announced the withdrawal?"): the sources
// may name different people or bodies for it (Tillerson, Haley, the State
// Department). A sentence's version is the name it gives as the doer of
// the asked verb: the run of names just before the verb ("Secretary of
// State Rex Tillerson announced") or after "by" that follows it ("was
// announced by Nikki Haley"). Names the question gives are not versions.

// subjectSpan is how many words may stand between the name that does the
// asked act and its verb ("Tillerson on Friday announced", "announced
// Saturday by Haley"): wider takes the name of another clause for the
// doer.
const subjectSpan = 3

// askedVerb returns the verb a "who <verb> …" question asks the doer of
// ("who announced the withdrawal?" → "announced"), or a "which <person>
// <verb> …" question ("Which Polish minister recommended …" →
// "recommended", see classVerb), lowercased, or "" when the question asks
// who someone is ("who is …", "who was responsible …") or is not of that
// form.
func askedVerb(q string) string {
	if v := wordAfter(q, []string{"who"}); v != "" {
		return v
	}
	return classVerb(q)
}

// classVerb returns the word that follows the class noun of a question
// asking for a person by its class ("which Polish prime minister said …",
// "which US Secretary of State said …": the name the class noun heads,
// its capitalised words and "of", is skipped), lowercased, or "" when the
// question asks for no person or the word is an auxiliary or a stop word
// ("which US official did Bolsonaro tell …" asks for the one told, not the
// doer).
func classVerb(q string) string {
	k, class := askedClass(q)
	if k != kindPerson || class == "" {
		return ""
	}
	ws := text.Words(q)
	for i, w := range ws {
		if !strings.EqualFold(w.Text, class) {
			continue
		}
		j := i + 1
		for j < len(ws) && (strings.EqualFold(ws[j].Text, "of") || startsUpper(ws[j].Text)) {
			j++
		}
		if j == len(ws) {
			return ""
		}
		c := strings.ToLower(ws[j].Text)
		if auxiliaries[c] || copulas[c] || text.IsStopWord(text.English, c) {
			return ""
		}
		return c
	}
	return ""
}

// doerAsk is what a "who <verb> …" question asks, read once to judge the
// candidate sentences.
type doerAsk struct {
	verb  string
	stems map[string]bool // the verb's
	// noun is the act a light verb takes ("announcement" of "who made
	// the announcement …"), "" for another verb: the sentences tell it
	// by its verb (see lightAct); verb and stems are then the noun's.
	noun  string
	soft  softMatcher
	asked map[string]bool // the question's lowercased words
	// names are the question's own names: what was done must name them
	// after the verb ("announced that the US was leaving"), or the
	// sentence tells of another act ("Orban announced the country would
	// also quit").
	names []qterm
	// objects are the question's other words but the verb: what was
	// done must say one of them after the verb ("announced that the US
	// was withdrawing"), or the sentence tells of another act ("Kurz has
	// made curbing migration a priority" for "who made the decision").
	// They are matched by their stems, not by related words: a light
	// verb ("made") takes any object, and the vectors relate words that
	// tell of other acts ("announcement" to "decision").
	objects []qterm
	// whole is true for a stand-in verb (see standInVerb): the question's
	// names may stand anywhere in the sentence, its other words still
	// after the verb.
	whole bool
}

// newDoerAsk reads what question own asks the doer of; false when it is
// not of the form "who <verb> …" (see askedVerb).
func (e *Extractive) newDoerAsk(own string, asked map[string]bool, bar answerBar) (doerAsk, bool) {
	verb := askedVerb(own)
	if verb == "" {
		return doerAsk{}, false
	}
	light := verb
	da := doerAsk{verb: verb, stems: map[string]bool{}, asked: asked, soft: bar.soft}
	if noun := lightAct(own, verb); noun != "" {
		da.verb, da.noun = noun, noun
	}
	for _, st := range e.ix.StemsIn(e.ix.QuestionLanguage(own), da.verb) {
		da.stems[st] = true
	}
	for _, t := range bar.terms {
		switch {
		case !bar.ownStems[t.Stem] || da.stems[t.Stem] || t.Word == da.verb || t.Word == light:
		case t.Name:
			da.names = append(da.names, t)
		case !t.Number:
			da.objects = append(da.objects, t)
		}
	}
	return da, true
}

// subjectOf returns the name sentence s gives as the doer of the asked
// verb, folded: the last word of the run of names, its surname or head
// ("haley" for "Nikki Haley"); "" when it names none next to the verb, or
// the words of what was done (after the verb; before it, for a passive
// "… was announced by Haley") lack a name of the question or all its
// other words.
func (e *Extractive) subjectOf(da doerAsk, s sentence) string {
	lang := e.article(s.doc).Language
	toks := text.Tokens(s.text)
	if len(toks) == 0 {
		return ""
	}
	// about reports whether toks[lo:hi] tell of what was asked.
	about := func(lo, hi int) bool {
		if lo >= hi {
			return false
		}
		part := s.text[toks[lo].Start:toks[hi-1].End]
		set, _ := termSets(e.ix, lang, part)
		held := sentence{stems: set, ctx: set, all: []string{part}}
		if da.whole {
			// A stand-in verb's doer may itself hold the question's
			// names ("the U.S. mission … informed Guterres that it was
			// ending …"; see standInVerb).
			all, _ := termSets(e.ix, lang, s.text)
			held = sentence{stems: all, ctx: all, all: []string{s.text}}
		}
		for _, t := range da.names {
			if matchIn(t, held.stems) == 0 && !heldAsInitials(t, held) {
				return false
			}
		}
		return len(da.objects) == 0 || e.saysAny(da.objects, nil, 0, lang, toks[lo:hi])
	}
	isVerb := func(t text.Token) bool {
		low := strings.ToLower(t.Text)
		if low == da.verb {
			return true
		}
		for _, st := range e.ix.StemsIn(lang, low) {
			if da.stems[st] {
				return true
			}
		}
		return da.noun != "" && derivedVerb(da.noun, low, da.soft)
	}
	name := func(i int) bool {
		low := strings.ToLower(toks[i].Text)
		return !da.asked[low] && isNameWord(toks, i) && !toks[i].Acronym && !text.IsAllCaps(toks[i].Text) && !text.IsStopWord(text.English, low)
	}
	for i, t := range toks {
		if !isVerb(t) {
			continue
		}
		// A noun of the verb ("the announcement came from the U.S.
		// mission") takes its doer after "from" as well as "by".
		derived := da.nounForm(strings.ToLower(t.Text))
		if doer := passiveDoer(toks, i, name, derived); doer != "" && (about(0, i) || (derived && e.toldBefore(da, s))) {
			return doer
		}
		if !about(i+1, len(toks)) {
			continue
		}
		if i > 0 && strings.HasSuffix(strings.ToLower(t.Text), "ing") && strings.Contains(s.text[toks[i-1].End:t.Start], ",") {
			// "Haley said in a statement, announcing the withdrawal": the
			// doer is the clause's, the last name before the comma.
			if doer := lastName(toks[:i], name, participleSpan); doer != "" {
				return doer
			}
		}
		if doer := attributed(toks, i, name); doer != "" {
			// "…, saying it could undermine …, according to the State
			// Department."
			return doer
		}
		// "Rex Tillerson announced": the last name word before the verb.
		for j := i - 1; j >= max(0, i-subjectSpan-1); j-- {
			if toks[j].EndsSentence {
				break
			}
			if name(j) {
				return text.Fold(toks[j].Text)
			}
		}
	}
	return ""
}

// nounForm reports whether word, a form of the asked verb, is its noun
// ("announcement" of "announced"; for a light verb's act, the noun
// itself or its plural), which takes its doer after "from" too.
func (da doerAsk) nounForm(word string) bool {
	if da.noun != "" {
		return word == da.noun || word == da.noun+"s"
	}
	return word != da.verb && !strings.HasSuffix(word, "ing")
}

// toldBefore reports whether the context of s (its paragraph and the one
// before) tells of what was asked: "The announcement came from the U.S.
// mission" names an act the sentences before it told of. It holds every
// name of the question and, when the question has other words, one of
// them.
func (e *Extractive) toldBefore(da doerAsk, s sentence) bool {
	for _, t := range da.names {
		if matchIn(t, s.ctx) == 0 && !heldAsInitials(t, s) {
			return false
		}
	}
	if len(da.objects) == 0 {
		return true
	}
	for _, t := range da.objects {
		if matchIn(t, s.ctx) > 0 {
			return true
		}
	}
	return false
}

// attributed returns the doer a sentence attributes what follows token i
// to ("…, according to the State Department"): the last word of the run
// of names after "according to", folded; "" when there is none.
func attributed(toks []text.Token, i int, name func(int) bool) string {
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].EndsSentence {
			return ""
		}
		if strings.EqualFold(toks[j].Text, "according") && strings.EqualFold(toks[j+1].Text, "to") {
			return passiveDoer(toks, j, name, true)
		}
	}
	return ""
}

// participleSpan is how many words before the comma of a participle
// clause ("Haley said in a recent statement, announcing …") its doer may
// stand: wider takes a name of an earlier clause for the doer.
const participleSpan = 8

// lastName returns the last name word (see name) among the last span
// tokens of toks, within their sentence, folded; "" when there is none.
func lastName(toks []text.Token, name func(int) bool, span int) string {
	for j := len(toks) - 1; j >= max(0, len(toks)-span); j-- {
		if toks[j].EndsSentence && j < len(toks)-1 {
			break
		}
		if name(j) {
			return text.Fold(toks[j].Text)
		}
	}
	return ""
}

// passiveDoer returns, for a verb at token i followed within subjectSpan
// words by "by" ("announced on Saturday by Nikki Haley"), or by "from"
// after a noun of the verb (derived: "the announcement came from the U.S.
// mission"), the doer after it: the last word of the first run of names
// (see name), folded, or the noun a run of acronyms qualifies ("the U.S.
// mission" is "mission"); "" when there is none.
func passiveDoer(toks []text.Token, i int, name func(int) bool, derived bool) string {
	for j := i + 1; j < min(len(toks), i+subjectSpan+1); j++ {
		if w := strings.ToLower(toks[j].Text); w != "by" && (!derived || (w != "from" && w != "to")) {
			continue
		}
		k := j + 1
		for k < len(toks) && k <= j+subjectSpan && !name(k) && !toks[k].Acronym {
			k++
		}
		if k >= len(toks) {
			return ""
		}
		if toks[k].Acronym {
			// "the U.S. mission": the body the acronyms qualify.
			for k < len(toks) && toks[k].Acronym && !toks[k].EndsSentence {
				k++
			}
			if k >= len(toks) || toks[k-1].EndsSentence || text.IsStopWord(text.English, strings.ToLower(toks[k].Text)) {
				return ""
			}
			return text.Fold(toks[k].Text)
		}
		if !name(k) {
			return ""
		}
		for k+1 < len(toks) && name(k+1) && !toks[k].EndsSentence {
			k++
		}
		return text.Fold(toks[k].Text)
	}
	return ""
}
