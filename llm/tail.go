package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A model often adds to a true statement a phrase of its own at the end:
// "Kelly and Sessions backed a pullout, with every advisor agreeing",
// "Brian Hook reversed course and recommended ditching the negotiations,
// with Tillerson's approval", "In recent weeks, Miller led efforts to pull
// out of the migration talks to save money". The head carries a third of
// the claim's words (half, inline) and the tail rides along. A trailing
// phrase (after the claim's last comma, its last "to", or its last "and":
// "proud of its immigrant heritage and will rejoin the talks next year")
// none of whose
// plain words the cited paragraph has in any form (its own, Snowball
// stem, or a word of its class) is invented, and the claim is not held to
// agree (inventedTail). Its names don't count for it ("with Tillerson's
// approval": Tillerson is in the paragraph, approval is not); words echoed
// from the question do, unlike in the third of shared words: a tail that
// answers the question in its own words ("Did the advisors agree?" — ",
// with every advisor agreeing") is where a model invents. The paragraph, not the quoted sentences, is
// searched: a tail may rest on the sentence after the quote. Claims in
// another language are not judged (their words can't be compared).

// minCommaTail and minToTail are how many plain words a trailing phrase
// needs to be judged: after a comma, one ("with Tillerson's approval"); a
// phrase after "to" is most often the claim's own verb ("scheduled to
// begin"), so two ("to save money"). Chosen on the faithfulness tune part
// and the probe13 tune set: with one after "to" as well, 3 true tune
// claims are lost in each form ("scheduled to begin on Monday", "due to
// start on Monday", whose verb is "scheduled … to host" in the paragraph).
// A clause after "and" needs two too, for "and" joins names and single
// words ("Kelly and Sessions"); chosen on the same tune sets (probe14's
// "and will rejoin the talks next year" removed; on the dev set one inline
// answer that joined a ¶8 claim and a ¶9 one under one ¶8 marker, "… was
// endorsed by the Obama administration and set out a blueprint for a
// compact [¶8]", is now removed whole instead of shown with the wrong
// half riding along).
const (
	minCommaTail = 1
	minToTail    = 2
	minAndTail   = 2
)

// inventedTail reports whether the claim ends in a phrase none of whose
// plain words sents have.
func (a analysis) inventedTail(sents []*sentence) bool {
	if a.known != nil || a.lang != string(text.English) {
		return false
	}
	ws := a.ws
	for i := len(ws) - 1; i > 0; i-- {
		if strings.Contains(a.text[ws[i-1].End:ws[i].Start], ",") {
			if !a.tailHeld(i, minCommaTail, sents) {
				return true
			}
			break
		}
	}
	for i := len(ws) - 2; i > 0; i-- {
		if a.folded[i] == "to" {
			if !a.tailHeld(i+1, minToTail, sents) {
				return true
			}
			break
		}
	}
	for i := len(ws) - 2; i > 0; i-- {
		if a.folded[i] == "and" {
			return !a.tailHeld(i+1, minAndTail, sents)
		}
	}
	return false
}

// tailHeld reports whether the phrase of the claim's words from the
// word from on has fewer than least plain words of the claim (not
// judged), or one of them is in sents.
func (a analysis) tailHeld(from int, least int, sents []*sentence) bool {
	n := 0
	for _, f := range a.folded[from:] {
		if !contentWord(f) {
			continue
		}
		st := stem(f)
		for _, s := range a.stems {
			if s.s != st || !s.plain {
				continue
			}
			n++
			for _, sent := range sents {
				if sent.hasStem(s, a.lang) {
					return true
				}
			}
			if a.classSaid(s, sents...) {
				return true
			}
			for _, sent := range sents {
				if a.relatedIn(s, sent.words) {
					// A noun in other words ("negotiations" for "talks").
					return true
				}
			}
			break
		}
	}
	return n < least
}
