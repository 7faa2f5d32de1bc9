package llm

import (
	"github.com/footnote-bot/footnote/text"
)

// A claim can keep the deed of its sentence and give it to the wrong
// people: "Brian Hook e Rex Tillerson si opposero al ritiro" quoting "The
// State Department initially opposed the withdrawal, but its policy
// planning chief, Brian Hook, who represented Secretary of State Rex
// Tillerson at the principals' meeting, reversed course and recommended
// ditching the negotiations"; "The State Department initially opposed the
// withdrawal, and Hook later backed staying". The side it states (staying,
// polarity.go) is in the sentence, so polarityTurned does not see it, and a
// claim in another language has no verb the borrowed-verb check can read.
// Who takes a side is read the same way in the claim and in the sentences:
// a polar word (polarAt) belongs to the names written since the polar word
// before it in the same sentence (the first one's, since the sentence
// began). A claim that gives its people a side its paragraph gives those
// same people nowhere, while its sentences give them the opposite side, is
// not held to agree with them (sideOfOthers). A polar word with no name
// before it since the last ("she argued…", "which left…") takes nobody's
// side and is not judged, nor is a passive one ("was endorsed by…"), whose
// people stand after it.

// sided is a polarity a text states and the names that state it.
type sided struct {
	p   polar
	who map[string]bool
}

// nameKeys returns, for each word of ws, the keys of the name it is part
// of, or nil: the last word of a run of capitalised words, folded (so
// "Brian Hook", "Hook" and "its policy planning chief, Brian Hook" meet,
// and "Secretary of State Rex Tillerson" is not "the State Department"),
// the initials of dotted runs and of two- to four-word runs ("U.S." and
// "United States" meet as "us"), and a title the article writes before a
// name and on its own ("the president" is Trump).
func nameKeys(s string, ws []text.Word, folded []string, titles map[string]string) [][]string {
	keys := make([][]string, len(ws))
	for _, r := range aliasRuns(s, ws) {
		for k := r.i; k < r.j; k++ {
			keys[k] = append(keys[k], "#"+r.form)
		}
	}
	for i := 0; i < len(ws); i++ {
		if t := titles[folded[i]]; t != "" && !capitalised(ws[i].Text) {
			keys[i] = append(keys[i], t)
			continue
		}
		if !capitalisedName(ws[i].Text) || isInitial(ws[i].Text) {
			continue
		}
		j := i
		for j+1 < len(ws) && capitalisedName(ws[j+1].Text) && !isInitial(ws[j+1].Text) && !clauseBreak(s[ws[j].End:ws[j+1].Start]) {
			j++
		}
		for k := i; k <= j; k++ {
			keys[k] = append(keys[k], folded[j])
		}
		i = j
	}
	return keys
}

// actorSides returns the polarities the sentence s (its words ws, folded
// folded, its negation scope neg) states, each with the names that state
// it (see the comment above).
func actorSides(s string, ws []text.Word, folded []string, neg map[string]struct{}, titles map[string]string) []sided {
	keys := nameKeys(s, ws, folded, titles)
	var out []sided
	from := 0
	for i := range folded {
		p, ok := polarAt(folded, neg, i)
		if !ok {
			continue
		}
		who := map[string]bool{}
		for k := from; k < i; k++ {
			for _, key := range keys[k] {
				who[key] = true
			}
		}
		from = i + 1
		if len(who) == 0 || passiveBefore(folded, i) {
			continue
		}
		out = append(out, sided{p, who})
	}
	return out
}

// passiveBefore reports whether an auxiliary of the passive stands right
// before word i of folded, or one word before it ("was endorsed", "was
// strongly opposed").
func passiveBefore(folded []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if passiveAux[folded[j]] {
			return true
		}
	}
	return false
}

// meets reports whether two sets of name keys share one.
func meets(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// sideOfOthers reports whether the claim gives its people a side that no
// sentence of para gives them while a sentence of quoted gives them the
// opposite one: the deed is someone else's (see the comment above).
func (a analysis) sideOfOthers(src *source, quoted, para []*sentence) bool {
	if !hasPolar(a.folded) {
		return false
	}
	titles := a.titlesOf(src)
	mine := actorSides(a.text, text.Words(a.text), a.folded, a.neg.scope, titles)
	if len(mine) == 0 {
		return false
	}
	sidesOf := func(sts []*sentence) []sided {
		var out []sided
		for _, st := range sts {
			seq := st.sequence()
			if !hasPolar(seq) {
				continue
			}
			out = append(out, actorSides(st.text, text.Words(st.text), seq, st.neg.scope, titles)...)
		}
		return out
	}
	against := sidesOf(quoted)
	if len(against) == 0 {
		return false
	}
	all := sidesOf(para)
	for _, m := range mine {
		opposite, same := false, false
		for _, t := range against {
			if t.p.axis == m.p.axis && t.p.sign == -m.p.sign && meets(m.who, t.who) {
				opposite = true
			}
		}
		for _, t := range all {
			if t.p == m.p && meets(m.who, t.who) {
				same = true
			}
		}
		if opposite && !same {
			return true
		}
	}
	return false
}

// hasPolar reports whether a word of folded is of a polarity class or
// backs or opposes: the cheap test before the sides are read.
func hasPolar(folded []string) bool {
	for _, f := range folded {
		if p, backs, opposes := polarOf(f); p.axis != 0 || backs || opposes {
			return true
		}
	}
	return false
}
