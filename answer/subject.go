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
// ("who announced the withdrawal?" → "announced"), lowercased, or "" when
// the question asks who someone is ("who is …", "who was responsible …")
// or is not of that form.
func askedVerb(q string) string {
	return wordAfter(q, []string{"who"})
}

// doerAsk is what a "who <verb> …" question asks, read once to judge the
// candidate sentences.
type doerAsk struct {
	verb  string
	stems map[string]bool // the verb's
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
}

// newDoerAsk reads what question own asks the doer of; false when it is
// not of the form "who <verb> …" (see askedVerb).
func (e *Extractive) newDoerAsk(own string, asked map[string]bool, bar answerBar) (doerAsk, bool) {
	verb := askedVerb(own)
	if verb == "" {
		return doerAsk{}, false
	}
	da := doerAsk{verb: verb, stems: map[string]bool{}, asked: asked}
	for _, st := range e.ix.Stems(verb) {
		da.stems[st] = true
	}
	for _, t := range bar.terms {
		switch {
		case !bar.ownStems[t.Stem] || da.stems[t.Stem] || t.Word == verb:
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
		for _, t := range da.names {
			if matchIn(t, set) == 0 && !heldAsInitials(t, held) {
				return false
			}
		}
		return len(da.objects) == 0 || e.saysAny(da.objects, nil, toks[lo:hi])
	}
	isVerb := func(t text.Token) bool {
		low := strings.ToLower(t.Text)
		if low == da.verb {
			return true
		}
		for _, st := range e.ix.Stems(low) {
			if da.stems[st] {
				return true
			}
		}
		return false
	}
	name := func(i int) bool {
		low := strings.ToLower(toks[i].Text)
		return !da.asked[low] && isNameWord(toks, i) && !toks[i].Acronym && !text.IsAllCaps(toks[i].Text) && !text.IsStopWord(text.English, low)
	}
	for i, t := range toks {
		if !isVerb(t) {
			continue
		}
		if doer := passiveDoer(toks, i, name); doer != "" && about(0, i) {
			return doer
		}
		if !about(i+1, len(toks)) {
			continue
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

// passiveDoer returns, for a verb at token i followed within subjectSpan
// words by "by" ("announced on Saturday by Nikki Haley"), the last word of
// the first run of names (see name) after it, folded; "" when there is
// none.
func passiveDoer(toks []text.Token, i int, name func(int) bool) string {
	for j := i + 1; j < min(len(toks), i+subjectSpan+1); j++ {
		if !strings.EqualFold(toks[j].Text, "by") {
			continue
		}
		k := j + 1
		for k < len(toks) && k <= j+subjectSpan && !name(k) {
			k++
		}
		if k >= len(toks) || !name(k) {
			return ""
		}
		for k+1 < len(toks) && name(k+1) && !toks[k].EndsSentence {
			k++
		}
		return text.Fold(toks[k].Text)
	}
	return ""
}
