package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Every word of "Haley overruled the president" is in "She was ultimately
// overruled by the president", and every word of "Guterres informed the
// U.S. mission" is in "the U.S. mission … informed Secretary-General
// António Guterres": word overlap can't see who did what to whom. The
// actors check can, for the verb a claim shares with its quote: the name
// right before the verb is who acts and the name right after it who is
// acted on, the other way round in the passive ("was overruled by the
// president"). A claim that puts a name of the quote on the other side of
// that verb is swapped, and not supported.

// maxActorGap is how many words may stand between a verb and the name it
// takes ("the U.S. mission informed", "overruled the president", "was
// ultimately overruled by the president"): more reaches names in other
// clauses; fewer misses a name behind its title words.
const maxActorGap = 3

// passiveAux are the auxiliaries that, before a verb, make it passive when
// "by" follows (English only: other languages' passives are left to the
// word checks).
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true, "got": true, "get": true}

// actorKeys returns, for each word of ws, the name it stands for, folded:
// a capitalised word that is no function word, a run of initials joined
// ("U.S." → "us"), or a lower-case title the article writes before one
// name ("president" → "trump", through titles); "" for other words.
func actorKeys(s string, ws []text.Word, titles map[string]string) []string {
	keys := make([]string, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i].Text
		f := text.Fold(w)
		switch {
		case isInitial(w):
			j := i
			joined := ""
			for j < len(ws) && isInitial(ws[j].Text) && (j == i || s[ws[j-1].End:ws[j].Start] == ".") {
				joined += text.Fold(ws[j].Text)
				j++
			}
			if j-i >= 2 {
				for k := i; k < j; k++ {
					keys[k] = joined
				}
			}
			i = j - 1
		case capitalised(w) && !stopwords[f]:
			keys[i] = f
		case titles[f] != "":
			keys[i] = titles[f]
		}
	}
	return keys
}

// actorsAround returns the names that act and are acted on at the verb
// ws[v]: the run of names ending nearest before it and the run starting
// nearest after it, each within maxActorGap words, swapped when the verb
// is passive (an auxiliary before it, "by" after it).
func actorsAround(s string, ws []text.Word, keys []string, v int) (agents, patients map[string]bool) {
	run := func(from, step int) map[string]bool {
		out := map[string]bool{}
		gap := 0
		for i := from; i >= 0 && i < len(ws); i += step {
			if k := i - min(step, 0); k > 0 && k < len(ws) && !isInitial(ws[k-1].Text) && clauseBreak(s[ws[k-1].End:ws[k].Start]) {
				break // a comma or a dash: an apposition or another clause
			}
			if keys[i] != "" {
				out[keys[i]] = true
				gap = 0
				continue
			}
			if len(out) > 0 || gap >= maxActorGap {
				break
			}
			gap++
		}
		return out
	}
	before, after := run(v-1, -1), run(v+1, 1)
	passive := false
	for i := v - 1; i >= 0 && i >= v-maxActorGap; i-- {
		if passiveAux[text.Fold(ws[i].Text)] {
			passive = true
			break
		}
	}
	if passive {
		passive = false
		for i := v + 1; i < len(ws) && i <= v+maxActorGap; i++ {
			if text.Fold(ws[i].Text) == "by" {
				after = run(i+1, 1)
				passive = true
				break
			}
		}
	}
	if passive {
		return after, before
	}
	return before, after
}

// swappedActors reports whether the claim ties a name to the other side
// of a verb it shares with the quote (same stem, both lower-case) than
// the quote does: the claim's actor is acted on in the quote, or the other
// way round, and the quote does not also give that name the claim's side.
// titles maps the quote article's lower-case titles to names (see
// namesOf); nil for none.
func swappedActors(claim, quote string, titles map[string]string) bool {
	cw, qw := text.Words(claim), text.Words(quote)
	ck, qk := actorKeys(claim, cw, titles), actorKeys(quote, qw, titles)
	for i, w := range cw {
		f := text.Fold(w.Text)
		if ck[i] != "" || !regularPast(w.Text) {
			continue
		}
		for j, u := range qw {
			if qk[j] != "" || !regularPast(u.Text) || stem(text.Fold(u.Text)) != stem(f) {
				continue
			}
			ca, cp := actorsAround(claim, cw, ck, i)
			qa, qp := actorsAround(quote, qw, qk, j)
			if crosses(ca, qp, qa) || crosses(cp, qa, qp) {
				return true
			}
		}
	}
	return false
}

// swapsActors reports whether the claim swaps the actors of quote, a
// span of src (see swappedActors), reading titles from src's article.
func (a analysis) swapsActors(src *source, quote string) bool {
	var titles map[string]string
	if a.names != nil {
		titles = a.names(src.p.Doc).titles
	}
	return swappedActors(a.text, quote, titles)
}

// regularPast reports a lower-case English word in the regular past ("informed",
// "overruled"), the tense news tells events in: nouns ("policy", "chief",
// "pullout") take no actors, and irregular verbs ("led", "told") are left to
// the word checks, so the check errs towards keeping a claim.
func regularPast(w string) bool {
	f := text.Fold(w)
	return !capitalised(w) && contentWord(f) && strings.HasSuffix(f, "ed")
}

// crosses reports whether a name of side is in other but not in same.
func crosses(side, other, same map[string]bool) bool {
	for n := range side {
		if other[n] && !same[n] {
			return true
		}
	}
	return false
}
