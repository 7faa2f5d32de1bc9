package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/answer"
	"github.com/footnote-bot/footnote/text"
)

// fillers are the words and phrases, folded, by which people hedge or
// pace what they post without changing what it says happened: "ended up
// recommending" says "recommended". Only phrases that leave the claim's
// truth as it is belong here ("stopped", "almost" do not).
var fillers = [][]string{
	{"eventually"}, {"finally"}, {"actually"}, {"basically"}, {"literally"}, {"really"},
	{"acabo", "por"}, {"termino", "por"}, {"finalmente"}, {"realmente"},
	{"schliesslich"}, {"letztendlich"}, {"eigentlich"},
	{"finalement"}, {"vraiment"},
	{"acabou", "por"}, {"afinal"},
	{"alla", "fine"},
}

// pastFillers are English phrases that put the verb after them in the
// past: "ended up recommending" and "went on to recommend" are
// "recommended", and are written so (the check holds a verb in the past
// to the passage's words; an "-ing" form it would not).
var pastFillers = [][]string{{"ended", "up"}, {"end", "up"}, {"ends", "up"}, {"went", "on", "to"}}

// plainClaim returns claim without its fillers, and with its chat
// shorthand and contractions written out ("wont" is "will not": a negation
// typed without its apostrophe is still one); claim itself when it has
// none.
func plainClaim(claim string) string {
	claim = inPast(answer.PlainWords(claim))
	ws := text.Words(claim)
	folded := text.FoldWords(ws)
	var b strings.Builder
	last := 0
	for i := 0; i < len(ws); i++ {
		n := fillerAt(folded[i:])
		if n == 0 {
			continue
		}
		b.WriteString(claim[last:ws[i].Start])
		last = ws[i+n-1].End
		// The space after the filler goes with it.
		last += len(claim[last:]) - len(strings.TrimLeft(claim[last:], " "))
		i += n - 1
	}
	if last == 0 {
		return claim
	}
	b.WriteString(claim[last:])
	return strings.TrimSpace(b.String())
}

// fillerAt returns how many words a filler takes at the start of words,
// 0 for none.
func fillerAt(words []string) int {
	for _, f := range fillers {
		if len(words) >= len(f) && equalWords(words[:len(f)], f) {
			return len(f)
		}
	}
	return 0
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// inPast rewrites the pastFillers of claim and the verb after each in the
// past.
func inPast(claim string) string {
	ws := text.Words(claim)
	for i := range ws {
		for _, f := range pastFillers {
			j := i + len(f)
			if j >= len(ws) || !equalWords(text.FoldWords(ws[i:j]), f) {
				continue
			}
			verb := ws[j].Text
			past := strings.TrimSuffix(verb, "ing")
			if past == verb && strings.HasSuffix(verb, "e") {
				past = verb + "d"
			} else {
				past += "ed"
			}
			// One rewrite at a time: the words after it have moved.
			return inPast(claim[:ws[i].Start] + past + claim[ws[j].End:])
		}
	}
	return claim
}
