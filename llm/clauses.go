package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// A model often merges two statements under one marker: "The conference
// took place in Puerto Vallarta, Mexico, and was hosted by the Mexican
// government [¶1]", where ¶1 holds the first and ¶2 the second; or adds an
// invented reason to a true statement: "Sessions and Kelly backed the
// pullout because of the cost [¶5]". A claim that fails as a whole is
// split into its clauses, at a semicolon and at the conjunctions that
// join clauses, and each clause is checked on its own with the claim's
// markers (and re-cited like any claim): the clauses that hold are shown,
// each with its marker, the others removed.
//
// A clause that gives a reason ("because…") asserts a relation to the
// clause before it that no paragraph can be checked for by words, so it is
// never shown on its own: it is only cut off. It is also checked when the
// claim holds whole: a reason that doesn't hold on its own is cut off
// there too, since the words of the clause before may have carried the
// whole ("…strongly backed a pullout because of the cost of the program").

// clause is a part of a claim: its text (from its conjunction on) and the
// punctuation and space before it in the claim.
type clause struct {
	sep, text string
	// reason is set for a clause that gives a reason for the one before
	// it: it may be removed, never shown alone.
	reason bool
}

// minClauseWords is the fewest words a clause needs to be checked on its
// own; a shorter one ("Jeff Sessions" of "Jeff Sessions and John Kelly
// backed…") stays with its neighbour. Lower splits noun phrases, higher
// keeps "Tillerson did not attend" merged with what follows.
const minClauseWords = 3

// coordinators join two clauses when a comma or semicolon comes before
// them ("…, and was hosted by…"), in the languages the check knows.
var coordinators = map[string]bool{"and": true, "but": true, "y": true, "pero": true, "et": true, "mais": true,
	"und": true, "aber": true, "e": true, "ma": true, "mas": true}

// contrasts join two clauses with or without a comma ("…proud of its
// heritage but that decisions…").
var contrasts = map[string]bool{"but": true, "pero": true, "mais": true, "aber": true, "ma": true, "mas": true}

// ands are the words for "and", which join clauses without a comma
// when a subject or "that" follows them ("…el viernes y la misión
// informó…", "…alone and that the declaration…").
var ands = map[string]bool{"and": true, "y": true, "et": true, "und": true, "e": true}

// clauseOpeners are the words that, after an "and", begin a clause: "that"
// and its equivalents, articles and personal pronouns.
var clauseOpeners = map[string]bool{"that": true, "que": true, "dass": true, "che": true,
	"the": true, "she": true, "he": true, "it": true, "they": true,
	"la": true, "el": true, "los": true, "las": true, "le": true, "les": true, "il": true, "elle": true,
	"der": true, "die": true, "das": true, "er": true, "sie": true, "lo": true, "o": true, "a": true, "os": true, "as": true}

// reasons begin a clause that gives a reason.
var reasons = map[string]bool{"because": true, "therefore": true, "porque": true, "parce": true, "puisque": true,
	"weil": true, "perche": true, "poiche": true}

// splitClauses splits a claim into its clauses; a claim of one clause
// gives one.
func splitClauses(s string) []clause {
	ws := text.Words(s)
	var out []clause
	start, sep, reason := 0, "", false
	cut := func(i int, between string, isReason bool) {
		out = append(out, clause{sep: sep, text: s[start:ws[i-1].End], reason: reason})
		start, sep, reason = ws[i].Start, between, isReason
	}
	for i, w := range ws {
		if i == 0 {
			continue
		}
		between := s[ws[i-1].End:w.Start]
		f := text.Fold(w.Text)
		next := ""
		if i+1 < len(ws) {
			next = text.Fold(ws[i+1].Text)
		}
		punct := strings.ContainsAny(between, ",;")
		switch {
		case strings.Contains(between, ";"),
			punct && coordinators[f],
			contrasts[f],
			ands[f] && clauseOpeners[next]:
			cut(i, between, false)
		case reasons[f]:
			cut(i, between, true)
		}
	}
	if len(ws) == 0 {
		return []clause{{text: s}}
	}
	out = append(out, clause{sep: sep, text: s[start:], reason: reason})
	return mergeShortClauses(out)
}

// mergeShortClauses joins each clause too short to check alone (see
// minClauseWords), or without a plain content word, to the one before it
// (the first to the one after it).
func mergeShortClauses(cs []clause) []clause {
	short := func(c clause) bool {
		ws := text.Words(c.text)
		if len(ws) < minClauseWords {
			return true
		}
		for i, w := range ws {
			f := text.Fold(w.Text)
			if contentWord(f) && (i == 0 || !capitalised(w.Text)) && !reasons[f] {
				return false
			}
		}
		return true
	}
	var out []clause
	for _, c := range cs {
		if len(out) > 0 && (short(c) || short(out[len(out)-1])) {
			last := &out[len(out)-1]
			last.text += c.sep + c.text
			continue
		}
		out = append(out, c)
	}
	return out
}

// checkClauses checks a marked claim clause by clause (see splitClauses)
// and writes the clauses that hold to b, each with its markers; it
// reports whether it wrote any. The claim failed as a whole at the
// paragraphs it cites; with failed, it failed everywhere, else it holds
// only at a paragraph it doesn't cite, and its clauses are taken only
// when one of them holds where the claim cites it. A claim whose sentence
// goes on after its markers is not split: what follows them is not its
// own to write.
func (e *evidence) checkClauses(b *strings.Builder, c claim, known func(string) bool, failed bool, res *checkResult) bool {
	lead := c.lead
	if c.sentStart {
		lead = trimListMarker(lead)
	}
	if !c.marked || wordRunes(c.check) != wordRunes(lead) {
		return false
	}
	cs := splitClauses(c.lead)
	if len(cs) < 2 {
		return false
	}
	var out strings.Builder
	var cites []footnote.Citation
	kept, cited, removed, recited := 0, 0, 0, 0
	shown := false // whether the clause before was shown
	for i, cl := range cs {
		part := claim{lead: cl.text, check: cl.text, refs: c.refs, marked: true, sentStart: c.sentStart && i == 0}
		if part.sentStart {
			part.check = trimListMarker(part.check)
		}
		if cl.reason || i > 0 && !shown && borrowsSubject(cl.text) {
			removed++
			shown = false
			continue
		}
		j := e.judge(part, known)
		shown = len(j.sup) > 0
		if !shown {
			removed++
			continue
		}
		if j.recited {
			recited++
		} else {
			cited++
		}
		body := strings.TrimSpace(cl.text)
		if kept == 0 {
			// What came before the claim (a space, a line break) stays;
			// a clause that now opens its sentence gets a capital.
			out.WriteString(c.lead[:len(c.lead)-len(strings.TrimLeft(c.lead, " \t\r\n"))])
			if i > 0 && b.Len() == 0 {
				body = capitaliseFirst(body)
			}
		} else {
			out.WriteString(cl.sep)
		}
		kept++
		writeClaim(&out, claim{lead: body + " ", marked: true}, j.sup, e.labels)
		for _, s := range j.sup {
			cites = append(cites, footnote.Citation{Doc: s.src.p.Doc, Paragraph: s.src.p.N, Quote: s.quote})
		}
	}
	if kept == 0 || !failed && cited == 0 {
		return false
	}
	b.WriteString(out.String())
	res.cites = append(res.cites, cites...)
	res.kept++
	res.claims += len(cs) - 1
	res.removed += removed
	res.recited += recited
	return true
}

// subjectless are the words that, opening a clause after its
// conjunction, leave its subject to the clause before: personal pronouns
// and auxiliary verbs ("…, and he was represented by…", "…, and was hosted
// by…"), in the languages the check knows.
var subjectless = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`he she it they his her its their him them was were is are has have had will would did does
		can could él ella ellos ellas fue era es son ha han il elle ils elles est sont était ont er sie es ist sind war waren hat haben
		lui lei loro è sono ele ela eles elas foi são tem`) {
		subjectless[text.Fold(w)] = true
	}
}

// borrowsSubject reports whether a clause takes its subject from the one
// before it: its first word after the conjunction is one of subjectless.
// Shown without that clause it would say something of nobody the reader
// can see ("He was represented at the meeting by…"), so it goes with it.
func borrowsSubject(clause string) bool {
	ws := text.Words(clause)
	for i, w := range ws {
		f := text.Fold(w.Text)
		if i == 0 && (coordinators[f] || contrasts[f] || ands[f]) {
			continue
		}
		if (f == "that" || f == "que" || f == "dass" || f == "che") && i == 1 {
			continue
		}
		return subjectless[f]
	}
	return false
}

// unsupportedReason reports whether a claim gives a reason in a clause
// (see splitClauses) that doesn't hold on its own: "…backed a pullout
// because of the cost of the program" holds whole on the words of its
// first clause, but nothing says the reason.
func (e *evidence) unsupportedReason(c claim, known func(string) bool) bool {
	if !c.marked || !mayGiveReason(c.lead) {
		return false
	}
	for _, cl := range splitClauses(c.lead) {
		if cl.reason && len(e.judge(claim{lead: cl.text, check: cl.text, refs: c.refs, marked: true}, known).sup) == 0 {
			return true
		}
	}
	return false
}

// withoutUnsupportedReason returns a structured claim's text without the
// clauses from its first reason on, when a reason of it doesn't hold on
// its own at the paragraph it cites (or, re-cited, at another): the quote
// backs the rest of the claim, not the reason it adds ("…strongly backed
// a pullout because of the cost of the program"). Otherwise, the text as
// it is.
func (e *evidence) withoutUnsupportedReason(qc quotedClaim, known func(string) bool) string {
	c := claim{lead: qc.Text, check: qc.Text, marked: true,
		refs: []footnote.MarkerRef{{Label: e.labels[qc.Article], N: qc.Paragraph}}}
	if !e.unsupportedReason(c, known) {
		return qc.Text
	}
	var b strings.Builder
	for _, cl := range splitClauses(qc.Text) {
		if cl.reason {
			break
		}
		b.WriteString(cl.sep)
		b.WriteString(cl.text)
	}
	return strings.TrimSpace(b.String())
}

// mayGiveReason reports whether s has the first five letters (before
// any accent: "perch" of "perché") of one of reasons in lower case, as a
// reason clause after the first word writes it: most claims have none,
// and need not be split to know it.
func mayGiveReason(s string) bool {
	for r := range reasons {
		if strings.Contains(s, r[:min(len(r), 5)]) {
			return true
		}
	}
	return false
}

// capitaliseFirst upper-cases the first letter of s.
func capitaliseFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
