package llm

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
)

// A claim that keeps its sentence's names and most of its words may still
// turn its deed around in one word: "Haley argued that the United States
// should pull out of the negotiations" quoting "Haley had argued that the
// United States would have a better shot … if it participated in the
// process", "Nikki Haley voulait que les États-Unis quittent les
// négociations" quoting the same sentence, "Haley supports the pullout"
// against it. The words that carry such a deed are of a polarity class
// (relatedness: leaving against staying, approving against disapproving),
// and a word's polarity is turned by what governs it: "opposed the
// withdrawal" stays, "backed a pullout" leaves, "ending its participation"
// and "did not participate" leave. A claim that says one side of an axis
// where its sentences say only the other side of it, and nowhere (in the
// paragraph, for an inline claim) the claim's side, is not held to agree
// with them (polarityTurned): its other words are no evidence of a deed
// the sentences turn around. A claim or sentence with no polar word on
// that axis is not judged, so a paraphrase that leaves the class ("which
// left Nikki Haley as the lone dissent") and one within it ("supported the
// withdrawal" for "backed a pullout") are unaffected.

// polarGovern is how many words before a polar word the word that turns it
// ("opposed the withdrawal", "ending its participation") or backs it
// ("backed a pullout") may stand, or after it a word that ends it ("its
// participation ended"): a verb, an article and an adjective.
const polarGovern = 3

// polar is a polarity a text states: an axis (1 leaving/staying, 2
// approving/disapproving, 3 backing/opposing something unnamed) and its
// side.
type polar struct{ axis, sign int8 }

// againstWords are the prepositions that oppose what follows ("argued
// against the withdrawal"), in the six languages.
var againstWords = map[string]bool{"against": true, "contra": true, "contre": true, "gegen": true, "contro": true}

// polarOf returns the polar axis and side of folded word f, and whether it
// is an operator that backs or opposes what follows.
func polarOf(f string) (p polar, backs, opposes bool) {
	c, backs, opposes := relatedness.Polarity(f)
	switch c {
	case relatedness.Leaving:
		p = polar{1, 1}
	case relatedness.Staying:
		p = polar{1, -1}
	case relatedness.Approving:
		p = polar{2, 1}
	case relatedness.Disapproving:
		p = polar{2, -1}
	}
	return p, backs, opposes
}

// polarities returns what the folded words seq state, given the stems
// their negations reach.
func polarities(seq []string, negScope map[string]struct{}) []polar {
	var out []polar
	for i := range seq {
		if p, ok := polarAt(seq, negScope, i); ok {
			out = append(out, p)
		}
	}
	return out
}

// polarAt returns what the word i of seq states, if it is polar and not
// an operator on a polar word after it.
func polarAt(seq []string, negScope map[string]struct{}, i int) (polar, bool) {
	f := seq[i]
	p, backs, opposes := polarOf(f)
	if backs || opposes {
		for j := i + 1; j < len(seq) && j <= i+polarGovern; j++ {
			if q, _, _ := polarOf(seq[j]); q.axis != 0 {
				// "backed a pullout", "opposed the withdrawal": the
				// polarity is the object's, as it turns it.
				return polar{}, false
			}
		}
		p = polar{3, 1}
		if opposes {
			p.sign = -1
		}
	}
	if p.axis == 0 && endsUnpolar(seq, i) {
		// "would end its generosity" against "will continue in its
		// generosity": ending what no polar word names stops it, as
		// leaving does.
		p = polar{1, 1}
	}
	if p.axis == 0 {
		return polar{}, false
	}
	turned := false
	if _, ok := negScope[stem(f)]; ok {
		turned = true
	}
	for j := max(0, i-polarGovern); j < i; j++ {
		if g := seq[j]; relatedness.Opposes(g) || againstWords[g] || relatedness.Ends(g) {
			turned = !turned
			break
		}
	}
	for j := i + 1; j < len(seq) && j <= i+polarGovern; j++ {
		if relatedness.Ends(seq[j]) {
			// "its participation ended", "die Teilnahme zu beenden".
			turned = !turned
			break
		}
	}
	if turned {
		p.sign = -p.sign
	}
	return p, true
}

// endsUnpolar reports whether word i of seq is a verb of ending with an
// object ("end its generosity", "stop funding") that no polar word names
// within polarGovern (not "ending its participation", which turns the
// polar word): its object opens with a determiner or is a gerund. Not a
// noun ("the end of the talks", after a determiner), nor the part of a
// period ("by the end of 2018"; see periodParts), nor an ending without an
// object ("the meeting ended in deadlock", "its generosity will stop"),
// whose subject this does not read: that the meeting ended says nothing
// of what Haley wanted.
func endsUnpolar(seq []string, i int) bool {
	if !relatedness.Ends(seq[i]) || i > 0 && determiners[seq[i-1]] || i+1 == len(seq) {
		return false
	}
	if next := seq[i+1]; !determiners[next] && !strings.HasSuffix(next, "ing") {
		return false
	}
	if periodParts[seq[i]] != 0 && slices.ContainsFunc(seq[i+1:min(len(seq), i+1+maxPartReach)], func(w string) bool { return periodAt(w) != "" }) {
		return false
	}
	for j := i + 1; j < len(seq) && j <= i+polarGovern; j++ {
		if q, _, _ := polarOf(seq[j]); q.axis != 0 {
			return false
		}
	}
	return true
}

// polarityTurned reports whether the claim states a polarity that none of
// said states while one of against states the opposite one on its axis.
func (a analysis) polarityTurned(said, against []*sentence) bool {
	mine := polarities(a.folded, a.neg.scope)
	if len(mine) == 0 {
		return false
	}
	s, o := sentencePolarities(said), sentencePolarities(against)
	for _, p := range mine {
		if !slices.Contains(s, p) && slices.Contains(o, polar{p.axis, -p.sign}) {
			return true
		}
	}
	return false
}

// polarityStated reports whether every polarity the claim states is stated
// in sents too (in any word of its class, turned the same way). A claim
// re-cited to a paragraph the model didn't name must find its deed there,
// not only its names: "Haley supports the pullout", removed at ¶6 where she
// dissents, is not shown citing her statement of ¶10 ("providing support
// to migrant and refugee populations"), which says nothing of a pullout.
func (a analysis) polarityStated(sents []*sentence) bool {
	mine := polarities(a.folded, a.neg.scope)
	if len(mine) == 0 {
		return true
	}
	theirs := sentencePolarities(sents)
	for _, p := range mine {
		if !slices.Contains(theirs, p) {
			return false
		}
	}
	return true
}

// sentencePolarities returns what sents state, each sentence's
// polarities in turn.
func sentencePolarities(sents []*sentence) []polar {
	var out []polar
	for _, st := range sents {
		for _, h := range st.polarHits() {
			out = append(out, h.p)
		}
	}
	return out
}

// polarHit is a polar word of a text (polarAt): its index and what it
// states.
type polarHit struct {
	i int
	p polar
}

// polarHitsOf returns the polar words of the folded words seq, given the
// stems their negations reach.
func polarHitsOf(seq []string, negScope map[string]struct{}) []polarHit {
	var out []polarHit
	for i := range seq {
		if p, ok := polarAt(seq, negScope, i); ok {
			out = append(out, polarHit{i, p})
		}
	}
	return out
}

// polarHits returns the polar words of st, read once per sentence.
func (st *sentence) polarHits() []polarHit {
	if !st.polarRead {
		st.hits, st.polarRead = polarHitsOf(st.sequence(), st.neg.scope), true
	}
	return st.hits
}
