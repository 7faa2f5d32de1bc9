package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Where English news puts the doer of a verb of the question away from the
// words subjectOf reads. Two constructions of the grammar, each common in
// reports of who said or announced what:
//
//   - the reported clause first, its sayer after a comma: "Hungary will
//     quit the United Nations migration pact before its final approval,
//     Foreign Minister Peter Szijjarto said on Wednesday"; "“Migration is
//     not and cannot become a human right,” Strache said". What was done is
//     the clause before the comma, not the words after the verb ("on
//     Wednesday, adding that …"), so the sentence gave no doer;
//   - the subject set off from its verb by a parenthesis (a relative
//     clause or an apposition between commas): "But Mr Kurz, who stood on
//     a divisive anti-immigration platform before taking office last
//     December, said: …"; "Vice Chancellor Heinz-Christian Strache, leader
//     of Austria’s nationalist, anti-migration Freedom Party, said: …". The
//     last name before the verb is then the parenthesis's ("Party", or
//     none), not the doer.

// postSayerSpan is how many words may stand between the comma that closes a
// reported clause and its verb ("…, its chief executive Paul Power said",
// five): the sayer's title and name. Wider reads a comma of a list inside
// the subject ("Hungary, Austria and the United States said …") as the end
// of a reported clause.
const postSayerSpan = 6

// parenthesisSpan is how many words a parenthesis between a subject and
// its verb may hold (the relative clause of Kurz above holds 12): wider
// takes the opening name of a longer sentence, whose verb may have another
// subject, for the doer.
const parenthesisSpan = 16

// reportedBefore returns the end (a token index) of a clause reported
// before the verb at token i: the last token before a comma that stands
// within postSayerSpan words before the verb, with a name (see name)
// between the comma and the verb and no sentence end; 0 when there is
// none.
func reportedBefore(s string, toks []text.Token, i int, name func(int) bool) int {
	named := false
	for j := i - 1; j > 0 && j >= i-postSayerSpan; j-- {
		if toks[j].EndsSentence || toks[j-1].EndsSentence {
			return 0
		}
		named = named || name(j)
		if strings.Contains(s[toks[j-1].End:toks[j].Start], ",") {
			if !named {
				return 0
			}
			return j
		}
	}
	return 0
}

// sayerAfter returns the last name word (see name) between token from and
// the verb at token i, folded; "" when there is none.
func sayerAfter(toks []text.Token, from, i int, name func(int) bool) string {
	for j := i - 1; j >= from; j-- {
		if name(j) {
			return text.Fold(toks[j].Text)
		}
	}
	return ""
}

// parenthesisSubject returns the doer of the verb at token i when a comma
// stands right before it and its sentence (or the part after a sentence
// end) opens with a run of names set off by a comma, up to
// parenthesisSpan words before the verb: the run's last word, folded
// ("kurz" of "But Mr Kurz, who …, said"). Words that are not names may
// open the sentence only when they are stop words ("But", "And", "The").
// "" when the sentence does not read so.
func parenthesisSubject(s string, toks []text.Token, i int, name func(int) bool) string {
	if i < 2 || !strings.Contains(s[toks[i-1].End:toks[i].Start], ",") {
		return ""
	}
	start := i - 1
	for start > 0 && !toks[start-1].EndsSentence {
		start--
	}
	j := start
	for j < i && !name(j) && text.IsStopWord(text.English, strings.ToLower(toks[j].Text)) {
		j++
	}
	if j >= i || !name(j) {
		return ""
	}
	for j+1 < i && name(j+1) && !strings.Contains(s[toks[j].End:toks[j+1].Start], ",") {
		j++
	}
	if j+1 >= i-1 || i-1-j > parenthesisSpan || !strings.Contains(s[toks[j].End:toks[j+1].Start], ",") {
		return ""
	}
	return text.Fold(toks[j].Text)
}

// reportedVerb returns the verb of the clause a doer question reports
// ("quit" of "Which minister said Hungary would quit the pact?",
// "withdrawing" of "Who announced that the US was withdrawing …?"): the
// word after the first do-auxiliary or modal (doAuxiliaries) or, for a
// form in -ing, a form of "be", past negations and adverbs in -ly;
// lowercased, "" when the question has none or it is a pro-verb ("would
// likely not be part": no act is named).
func reportedVerb(q string) string {
	ws := questionWords(q)
	for i := 1; i+1 < len(ws); i++ {
		w := ws[i]
		if !doAuxiliaries[w] && !beForms[w] && !strings.HasSuffix(w, "n't") {
			continue
		}
		j := i + 1
		for j < len(ws) && (ws[j] == "not" || ws[j] == "n't" || strings.HasSuffix(ws[j], "ly")) {
			j++
		}
		if j >= len(ws) {
			return ""
		}
		v := ws[j]
		if proVerbs[v] || text.IsStopWord(text.English, v) || (beForms[w] && !strings.HasSuffix(v, "ing")) {
			return ""
		}
		return v
	}
	return ""
}

// beForms are the forms of "be" that carry a progressive ("was
// withdrawing"): a closed class.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// saysReported reports whether one of toks (text of language code) says
// the reported verb t (see reportedVerb): a form of it (its stem), a word
// of its class of relatedness ("withdrawing" for "quit", both of leaving),
// or a word within minPredicateRelated of it by the vectors that is not of
// another class: the vectors put a word's opposite as near as a synonym
// ("joined" is 0.60 from "quit"; joining is of staying).
func (e *Extractive) saysReported(t qterm, soft softMatcher, code string, toks []text.Token) bool {
	own := relatedness.ClassOf(text.Fold(t.Word))
	for _, tok := range toks {
		for _, st := range e.words.of(e.ix, code, tok.Text) {
			if st == t.Stem {
				return true
			}
		}
		low := strings.ToLower(tok.Text)
		if text.IsStopWord(text.English, low) {
			continue
		}
		c := relatedness.ClassOf(text.Fold(low))
		if own != relatedness.NoClass && c == own {
			return true
		}
		if (own == relatedness.NoClass || c == relatedness.NoClass) && soft.similarity(t.Word, low) >= minPredicateRelated {
			return true
		}
	}
	return false
}
