package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A question about what someone named said ("what did Ban Ki-moon say
// about the declaration?", "what did Mexico's president say about the
// boycott?") asks for their words or their stand: a sentence that only
// names them ("Ban Ki-moon hosted an international summit") answers
// something else, however many of the question's words it holds. Such a
// question is answered by a sentence where they speak or take a stand
// (see speaks), or refused.

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
	// The subject's words as the question's terms hold them: a name is
	// not stemmed ("Bulgaria"), so its words are compared, not its stems.
	subject := map[string]bool{}
	for _, t := range text.Tokens(own[m[3]:m[4]]) {
		w := strings.ToLower(t.Text)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !text.IsStopWord(text.English, w) {
			subject[w] = true
		}
	}
	var outlets map[string]bool
	var sp speaker
	for _, t := range terms {
		// A word the articles hold only near ("DECLARATON" in a question
		// in capitals) names no speaker.
		if _, exact := t.matches[t.Stem]; !exact || !t.Name || !ownStems[t.Stem] || !subject[strings.ToLower(t.Word)] {
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

// speaks reports whether sentence s gives the speaker's words or stand. A
// speaker named by names alone speaks where a sentence gives them as the
// one who says (see says: "The Polish government said", "she added",
// "endorsed by the Obama administration"), or in a quotation of a
// paragraph where they do ("“We will decide …”" after "…,” she added"). A
// speaker named with a role ("the US envoy") may be given another name by
// the article ("Haley said"): a quotation's sentence naming them, or a
// sentence naming them before a word of saying, is theirs.
func (e *Extractive) speaks(sp speaker, s sentence) bool {
	if e.says(sp.names, s.doc, s.text, s.ctx) {
		return true
	}
	quoted := strings.ContainsAny(s.text, "“”\"")
	if sp.role {
		// Named in a quotation's sentence ("The United States is “proud …,”
		// Haley said"), or before a word of saying, not after one
		// ("decided to boycott a conference … in Puerto Vallarta, Mexico").
		if quoted {
			return slices.ContainsFunc(sp.names, func(t qterm) bool {
				return matchIn(t, s.stems) > 0 || heldAsInitials(t, sentence{stems: s.stems, ctx: s.stems})
			})
		}
		toks := text.Tokens(s.text)
		for i, t := range toks {
			if saysWord(t) && (e.spanNames(sp.names, s.doc, s.text[:t.Start]) || e.byAgent(sp.names, s.doc, s.text, toks, i)) {
				return true
			}
		}
		return false
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
// the one who says: named before a word of saying (see saysWord), as
// saysName finds, or as a personal pronoun before it when a name is in ctx
// (the sentence's paragraph and the one before), who the pronoun stands
// for.
func (e *Extractive) says(names []qterm, doc, sent string, ctx map[string]bool) bool {
	if e.saysName(names, sentence{doc: doc, text: sent}) {
		return true
	}
	toks := text.Tokens(sent)
	named := slices.ContainsFunc(names, func(t qterm) bool { return matchIn(t, ctx) > 0 })
	for i, t := range toks {
		if !saysWord(t) {
			continue
		}
		if e.spanNames(names, doc, sent[:t.Start]) || e.byAgent(names, doc, sent, toks, i) {
			return true
		}
		if named && slices.ContainsFunc(toks[max(0, i-sayerSpan):i], func(p text.Token) bool { return personalPronouns[strings.ToLower(p.Text)] }) {
			return true
		}
	}
	return false
}

// byAgent reports whether the word of saying toks[i] of sentence sent is
// passive with one of names its agent: "was endorsed by the Obama
// administration" (the agent within sayerSpan words after "by").
func (e *Extractive) byAgent(names []qterm, doc, sent string, toks []text.Token, i int) bool {
	if i+2 >= len(toks) || !strings.EqualFold(toks[i+1].Text, "by") {
		return false
	}
	end := toks[min(len(toks), i+2+sayerSpan)-1].End
	return e.spanNames(names, doc, sent[toks[i+2].Start:end])
}

// saysWord reports whether t tells what someone said or where they
// stand: a word of sayVerbs, a word reporting speech (see
// relatedness.Reports: "statement", "declared"), one of tellingStarts
// ("informed", "opposed", "recommended"), or a word backing, approving or
// disapproving (relatedness: "supported", "backed", "condemned"): "what
// did Hook say?" asks where Hook stood as much as for his words.
// "According to", which gives the speaker after it, is left to saysName.
func saysWord(t text.Token) bool {
	w := text.Fold(t.Text)
	if w == "according" {
		return false
	}
	return sayVerbs[w] || relatedness.Reports(w) || relatedness.Backs(w) || relatedness.Approves(w) || relatedness.Disapproves(w) ||
		slices.ContainsFunc(tellingStarts, func(p string) bool { return strings.HasPrefix(w, p) })
}

// tellingStarts open the verbs that tell someone something, take a stance
// or decide, besides those of sayVerbs and relatedness, a closed class of
// English ("the mission informed Secretary-General …", "initially opposed
// the withdrawal", "recommended ditching the negotiations", "Trump
// determined that …").
var tellingStarts = []string{"inform", "notif", "briefed", "replied", "reply", "respond", "explain", "insist",
	"oppos", "recommend", "urged", "urging", "propos", "reject", "dissent", "object", "decid", "determin"}
