package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"

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

// MaxPassiveReach is how far after a passive verb its "by" may stand:
// "has been informed of the decision by the Trump administration" puts
// the verb's object between them; further, "by" starts another phrase.
const MaxPassiveReach = 5

// maxTitleWords is how many words may stand between a verb and the comma
// of an apposition naming who it takes: "informed the UN secretary
// general, Antonio Guterres" has four; a longer phrase is a clause.
const maxTitleWords = 5

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
// folded are the words of ws, folded.
func actorKeys(s string, ws []text.Word, folded []string, titles map[string]string) []string {
	keys := make([]string, len(ws))
	for _, r := range aliasRuns(s, ws, folded) {
		if r.dotted {
			for k := r.i; k < r.j; k++ {
				keys[k] = r.form
			}
		}
	}
	for i, w := range ws {
		if keys[i] != "" || isInitial(w.Text) {
			continue // a run of initials, or a lone one, which names nobody
		}
		f := folded[i]
		switch {
		case capitalised(w.Text) && !stopwords[f]:
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
	// gapAt is the text between word i and the next word in direction
	// step; "" past either end.
	gapAt := func(i, step int) string {
		j := i + step
		if j < 0 || j >= len(ws) || i < 0 || i >= len(ws) {
			return ""
		}
		if step < 0 {
			i, j = j, i
		}
		if isInitial(ws[i].Text) {
			return "" // the stop of "U.S." ends nothing
		}
		return s[ws[i].End:ws[j].Start]
	}
	// apposition returns the names between the comma after word i and
	// the next comma or the end of the sentence, when they are names
	// only: "Nikki Hayley" in ", Nikki Hayley, informed", "Antonio
	// Guterres" in "informed the secretary general, Antonio Guterres,".
	apposition := func(i, step int, out map[string]bool) {
		var names []string
		for j := i + step; j >= 0 && j < len(ws); j += step {
			if keys[j] == "" {
				return
			}
			names = append(names, keys[j])
			if g := gapAt(j, step); g == "" || strings.TrimSpace(g) == "," || clauseBreak(g) {
				if g != "" && strings.TrimSpace(g) != "," {
					return // a dash or a bracket: no apposition
				}
				break
			}
		}
		for _, n := range names {
			out[n] = true
		}
	}
	run := func(from, step int) map[string]bool {
		out := map[string]bool{}
		gap, done := 0, false
		for i := from; i >= 0 && i < len(ws); i += step {
			if g := gapAt(i-step, step); i-step >= 0 && i-step < len(ws) && clauseBreak(g) {
				// A comma: an apposition of names may stand behind it;
				// anything else is another clause.
				if strings.TrimSpace(g) == "," {
					apposition(i-step, step, out)
				}
				break
			}
			if keys[i] != "" {
				if done || gap > maxActorGap {
					break // a name past the run, or too far: another phrase
				}
				out[keys[i]] = true
				gap = 0
				continue
			}
			// Past the run of names, or maxActorGap words on, only the
			// words up to an apposition ("the UN secretary general,
			// Antonio Guterres") are read.
			done = done || len(out) > 0
			if gap >= maxTitleWords {
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
	// A participle right after a noun, with no name between it and a
	// "by" that names someone, is passive without an auxiliary: "a
	// summit hosted by Ban Ki-moon", "the declaration endorsed by the
	// Obama administration".
	reduced := !passive && v > 0 && keys[v-1] == "" && !clauseBreak(gapAt(v-1, 1))
	if passive || reduced {
		passive = false
		for i := v + 1; i < len(ws) && i <= v+MaxPassiveReach; i++ {
			if reduced && keys[i] != "" {
				break // an object: "the mission informed Guterres"
			}
			if text.Fold(ws[i].Text) == "by" {
				if by := run(i+1, 1); !reduced || len(by) > 0 {
					after, passive = by, true
				}
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
	ws := text.Words(claim)
	return newClaimActs(claim, ws, text.FoldWords(ws)).swapped(quote, titles)
}

// claimActs is a claim's words and the verbs in the regular past among
// them, read once for every sentence it is checked against.
type claimActs struct {
	s      string
	ws     []text.Word
	folded []string // the words of ws, folded
	pivots []int    // indexes in ws of its verbs in the regular past
	stems  []string // their stems
	// keys are its actor keys (see actorKeys) under the titles of the
	// article keysOf names, made when first needed: every sentence of an
	// article is read with the same titles, so they are made once per
	// claim and article.
	keys   []string
	keysOf titlesKey
}

// titlesKey names the titles actor keys were read under: an article's
// (see nameForms.lowerForms), or none.
type titlesKey struct {
	doc  string
	none bool
}

// keyOf returns the titlesKey of titles, read from doc's article.
func keyOf(doc string, titles map[string]string) titlesKey {
	return titlesKey{doc: doc, none: titles == nil}
}

// quoteActs is a quote's words, their actor keys under its article's
// titles and its verbs in the regular past, made once per sentence (see
// sentence.acts) rather than once per claim checked against it.
type quoteActs struct {
	s     string // the text ws's offsets are in
	ws    []text.Word
	keys  []string
	pasts []int    // indexes in ws of its verbs in the regular past
	stems []string // their stems
}

// newQuoteActs reads the actor keys and the verbs of a quote whose words,
// ws, are in s, and folded their folded forms.
func newQuoteActs(s string, ws []text.Word, folded []string, titles map[string]string) *quoteActs {
	q := &quoteActs{s: s, ws: ws, keys: actorKeys(s, ws, folded, titles)}
	for j, u := range ws {
		if regularPast(u.Text) {
			q.pasts = append(q.pasts, j)
			q.stems = append(q.stems, stem(folded[j]))
		}
	}
	return q
}

// quoteActsOf is newQuoteActs of quote, whose words are read here.
func quoteActsOf(quote string, titles map[string]string) *quoteActs {
	ws := text.Words(quote)
	return newQuoteActs(quote, ws, text.FoldWords(ws), titles)
}

// keysFor returns the claim's actor keys under titles, those of the
// article k names.
func (c *claimActs) keysFor(k titlesKey, titles map[string]string) []string {
	if c.keys == nil || c.keysOf != k {
		c.keys, c.keysOf = actorKeys(c.s, c.ws, c.folded, titles), k
	}
	return c.keys
}

// newClaimActs returns the acts of claim s (words ws, folded folded),
// nil when it has no verb in the regular past.
func newClaimActs(s string, ws []text.Word, folded []string) *claimActs {
	c := &claimActs{s: s, ws: ws, folded: folded}
	for i, w := range ws {
		if regularPast(w.Text) {
			c.pivots = append(c.pivots, i)
			c.stems = append(c.stems, stem(folded[i]))
		}
	}
	if len(c.pivots) == 0 {
		return nil
	}
	return c
}

// swapped reports whether the claim swaps the actors of quote (see
// swappedActors). A nil claimActs swaps nothing.
func (c *claimActs) swapped(quote string, titles map[string]string) bool {
	if c == nil {
		return false
	}
	return c.swappedIn(quoteActsOf(quote, titles), actorKeys(c.s, c.ws, c.folded, titles))
}

// swappedIn is swapped with the quote's words, keys and verbs and the
// claim's keys ck already read.
func (c *claimActs) swappedIn(q *quoteActs, ck []string) bool {
	qw := q.ws
	type pair struct{ i, j int }
	var pairs []pair
	for n, j := range q.pasts {
		for k, i := range c.pivots {
			if c.stems[k] == q.stems[n] {
				pairs = append(pairs, pair{i, j})
			}
		}
	}
	if len(pairs) == 0 {
		return false
	}
	qk := q.keys
	for _, p := range pairs {
		if ck[p.i] != "" || qk[p.j] != "" {
			continue
		}
		ca, cp := actorsAround(c.s, c.ws, ck, p.i)
		qa, qp := actorsAround(q.s, qw, qk, p.j)
		if crosses(ca, qp, qa) || crosses(cp, qa, qp) {
			return true
		}
	}
	return false
}

// swapsActors reports whether the claim swaps the actors of quote, a
// span of src (see swappedActors), reading titles from src's article.
func (a analysis) swapsActors(src *source, quote string) bool {
	if a.acts == nil {
		return false
	}
	titles := a.titlesOf(src)
	return a.acts.swappedIn(quoteActsOf(quote, titles), a.acts.keysFor(keyOf(src.p.Doc, titles), titles))
}

// titlesOf returns the lower-case titles of src's article (see
// lowerForms), nil without the article's names.
func (a analysis) titlesOf(src *source) map[string]string {
	if a.names == nil {
		return nil
	}
	return a.names(src.p.Doc).lowerForms()
}

// regularPast reports a lower-case English word in the regular past ("informed",
// "overruled"), the tense news tells events in: nouns ("policy", "chief",
// "pullout") take no actors, and irregular verbs ("led", "told") are left to
// the word checks, so the check errs towards keeping a claim.
func regularPast(w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false // most words: no folding needed to tell
	}
	f := text.Fold(w)
	return !capitalised(w) && contentWord(f) && strings.HasSuffix(f, "ed")
}

// swapsAnywhere reports whether the claim swaps the actors of any
// sentence of the evidence (see swappedActors). Only a claim with a verb
// in the regular past is looked at.
func (a analysis) swapsAnywhere(e *evidence) bool {
	if a.acts == nil {
		return false
	}
	for _, src := range e.sources {
		for i := range src.sents {
			if a.swapsActorsOf(src, &src.sents[i]) {
				return true
			}
		}
	}
	return false
}

// swapsActorsOf is swapsActors for sentences of src: only a sentence with
// one of the claim's verbs (by stem) can tell its actors, so the others
// are passed over without reading them.
func (a analysis) swapsActorsOf(src *source, sts ...*sentence) bool {
	if a.acts == nil {
		return false
	}
	for _, st := range sts {
		for _, p := range a.acts.stems {
			if _, ok := st.stems[p]; ok {
				titles := a.titlesOf(src)
				k := keyOf(src.p.Doc, titles)
				if st.acts == nil || st.actsOf != k {
					st.acts, st.actsOf = st.quoteActs(src, titles), k
				}
				return a.acts.swappedIn(st.acts, a.acts.keysFor(k, titles))
			}
		}
	}
	return false
}

// swapsSpan is swapsActors for span, the sentences idx of src, read only
// when one of them has one of the claim's verbs.
func (a analysis) swapsSpan(src *source, idx []int, span string) bool {
	if a.acts == nil {
		return false
	}
	for _, i := range idx {
		for _, p := range a.acts.stems {
			if _, ok := src.sents[i].stems[p]; ok {
				return a.swapsActors(src, span)
			}
		}
	}
	return false
}

// TitlesOf returns, for article doc, the words the article writes before
// a name, folded, mapped to that name ("president" → "trump", "nikki" →
// "haley"), read from its lead as the answer check reads them: a claim
// naming Trump is about "the president" of a sentence.
func TitlesOf(doc string, paras footnote.Paragraphs) map[string]string {
	return newEvidence(nil, paras).namesFor(doc).lowerForms()
}

// ActorsSwapped reports whether claim, standing alone, swaps the actors
// of the sentence cite quotes (see swappedActors), reading the titles of
// cite's article ("the president" for Trump) as the answer check does.
func ActorsSwapped(claim string, cite footnote.Citation, paras footnote.Paragraphs) bool {
	ev := newEvidence([]footnote.Passage{{Doc: cite.Doc, N: cite.Paragraph}}, paras)
	return swappedActors(claim, cite.Quote, ev.namesFor(cite.Doc).lowerForms())
}

// lowerForms maps each word the article writes before a name to that name
// (titles and given names alike), for a word written in lower case: there
// it can only be the title ("the president" where the lead writes only
// "President Donald Trump").
func (n nameForms) lowerForms() map[string]string {
	if n.lower != nil {
		return n.lower
	}
	m := make(map[string]string, len(n.titles)+len(n.given))
	for k, v := range n.given {
		m[k] = v
	}
	for k, v := range n.titles {
		m[k] = v
	}
	return m
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

// quoteActs reads the sentence's actor keys and verbs from the words its
// paragraph was read into (src), or from its own text when it has none.
func (st *sentence) quoteActs(src *source, titles map[string]string) *quoteActs {
	if st.ws == nil || len(st.ws) != len(st.seq) {
		return quoteActsOf(st.text, titles)
	}
	return newQuoteActs(src.p.Text, st.ws, st.seq, titles)
}
