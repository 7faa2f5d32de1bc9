package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A question about what someone named said ("what did John Kelly say
// about the decision?", "what did Mexico's president say about the
// boycott?") asks for words of theirs: a sentence that only names them
// ("Kelly … strongly backed a pullout") answers something else, however
// many of the question's words it holds. Such a question is answered by a
// sentence where they speak (see speaks), or refused.

// speaker is who a question about what someone said asks about: the
// names of its subject, and whether the subject is more than names ("the
// US envoy", "Mexico's president": a role the article may fill with
// another name).
type speaker struct {
	names []qterm
	role  bool
}

// speakerOf returns the speaker of a question about what someone said
// (see sayQuestion): the names of the question's own that stand between
// its auxiliary and its verb of saying ("John", "Kelly" of "what did John
// Kelly say about it?"). False for other questions and for a speaker named
// by no name ("what did they tell Guterres?").
func (e *Extractive) speakerOf(own string, terms []qterm, ownStems map[string]bool) (speaker, bool) {
	m := sayQuestion.FindStringSubmatchIndex(own)
	if m == nil {
		return speaker{}, false
	}
	subject := e.ix.Stems(own[m[3]:m[4]])
	var outlets map[string]bool
	var sp speaker
	for _, t := range terms {
		// A word the articles hold only near ("DECLARATON" in a question
		// in capitals) names no speaker.
		if _, exact := t.matches[t.Stem]; !exact || !t.Name || !ownStems[t.Stem] || !slices.Contains(subject, t.Stem) {
			continue
		}
		if outlets == nil {
			outlets = e.outletWords()
		}
		if outlets[text.Fold(t.Word)] {
			// "what does the reuters article say about …": an outlet
			// says its whole article, quotations or not.
			return speaker{}, false
		}
		sp.names = append(sp.names, t)
	}
	sp.role = len(sp.names) < len(subject)
	return sp, len(sp.names) > 0
}

// outletWords returns the folded words of the articles' publications and
// source labels ("reuters", "seattle", "times", "ap", "fp").
func (e *Extractive) outletWords() map[string]bool {
	out := map[string]bool{}
	for _, a := range e.ix.Articles() {
		for _, w := range text.Words(a.Publication + " " + a.Label) {
			out[text.Fold(w.Text)] = true
		}
	}
	return out
}

// speaks reports whether sentence s gives words of the speaker. A speaker
// named by names alone speaks where a sentence gives them as the one who
// says: named before its verb of saying ("The Polish government said"),
// or as saysName finds them, or as a pronoun where they are named in its
// context ("she added"); or in a quotation of a paragraph where they do
// ("“We will decide …”" after "…,” she added"). A speaker named with a
// role ("the US envoy") may be given another name by the article ("Haley
// said"): a sentence naming them that quotes or reports speech is theirs.
func (e *Extractive) speaks(sp speaker, s sentence) bool {
	if e.says(sp.names, s.doc, s.text, s.ctx) {
		return true
	}
	quoted := strings.ContainsAny(s.text, "“”\"")
	if sp.role {
		return (quoted || sayVerbAt(text.Tokens(s.text)) >= 0) && slices.ContainsFunc(sp.names, func(t qterm) bool {
			return matchIn(t, s.stems) > 0 || heldAsInitials(t, sentence{stems: s.stems, ctx: s.stems})
		})
	}
	if !quoted {
		return false
	}
	for i, other := range s.all {
		if i != s.idx && e.says(sp.names, s.doc, other, s.ctx) {
			return true
		}
	}
	return false
}

// says reports whether sentence text of article doc gives one of names as
// the one who says: named before a verb of saying, as saysName finds, or
// as a personal pronoun before it when a name is in ctx (the sentence's
// paragraph and the one before), who the pronoun stands for.
func (e *Extractive) says(names []qterm, doc, sent string, ctx map[string]bool) bool {
	if e.saysName(names, sentence{doc: doc, text: sent}) {
		return true
	}
	toks := text.Tokens(sent)
	i := sayVerbAt(toks)
	if i < 0 {
		return false
	}
	if e.spanNames(names, doc, sent[:toks[i].Start]) {
		return true
	}
	if !slices.ContainsFunc(names, func(t qterm) bool { return matchIn(t, ctx) > 0 }) {
		return false
	}
	return slices.ContainsFunc(toks[max(0, i-sayerSpan):i], func(p text.Token) bool { return personalPronouns[strings.ToLower(p.Text)] })
}

// sayVerbAt returns the index of the first of toks that tells who said
// something: a word of sayVerbs, a word reporting speech (see
// relatedness.Reports: "statement", "declared") or one of tellingStarts
// ("informed"). "According to", which gives the speaker after it, is left
// to saysName.
func sayVerbAt(toks []text.Token) int {
	return slices.IndexFunc(toks, func(t text.Token) bool {
		w := text.Fold(t.Text)
		if w == "according" {
			return false
		}
		return sayVerbs[w] || relatedness.Reports(w) || slices.ContainsFunc(tellingStarts, func(p string) bool { return strings.HasPrefix(w, p) })
	})
}

// tellingStarts open the verbs that tell someone something besides those
// of sayVerbs and relatedness.Reports, a closed class of English ("the
// mission informed Secretary-General …").
var tellingStarts = []string{"inform", "notif", "briefed", "replied", "reply", "respond", "explain", "insist"}

// speaking marks the candidate sentences where the speaker speaks (see
// speaks); nil when there is no speaker.
func (e *Extractive) speaking(sp speaker, ok bool, cands []sentence) []bool {
	if !ok {
		return nil
	}
	out := make([]bool, len(cands))
	for i, s := range cands {
		out[i] = e.speaks(sp, s)
	}
	return out
}
