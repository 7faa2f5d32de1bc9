package claimcheck

import (
	"context"
	"maps"
	"slices"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// paraphraseShare is the share of a claim's content words a sentence in
// its language must hold to support it when the model-answer check finds
// no support (a claim posted in other words than any sentence: "sets out"
// for "has"): higher refuses more paraphrases, lower supports a claim on
// the words it shares with a sentence that says something else.
const paraphraseShare = 0.75

// paraphrase returns a sentence in the claim's language that says what it
// says in nearly its words: paraphraseShare of its content words, each of
// its numbers and no other of their units, its negation or none, its
// stance, and what backed asks (its names doing what it says, its other
// words in the coverage). A claim that gives a day is left to the
// comparison of days.
//
// A sentence that passes all of it but holds, in the place of a claim's
// word of one polarity side, a word of the other (polarityTurned: "if
// Michel backed the controversial accord" for "if michel rejected the
// accord") says the opposite, as it does when the model-answer check
// finds it: it is returned as turned, the first such one, with the
// claim's word it turns (folded), when no sentence supports the claim. That
// word is not looked up in the coverage (see backedExcept).
func (c *Checker) paraphrase(ctx context.Context, claim string, lang text.Lang, ss []sentence) (sup, turned footnote.Citation, supported bool, turnedWord string, err error) {
	if _, dated := claimDay(claim, lang); dated {
		return sup, turned, false, "", nil
	}
	cw := withoutEstimates(wordsOf(claim, lang), claim, lang)
	cq := quantities(claim, lang)
	negated := isNegated(claim)
	// The claim with the words the coverage writes as names capitalised,
	// for the actors check (actorcase.go).
	actorClaim := namesCapitalised(claim, knownNames(wordsOf(claim, lang), ss).names)
	var rel *relatedness.Words // made when first needed
	arounds := newAroundMemo()
	for _, s := range ss {
		if s.lang != lang || len(cw.content) == 0 {
			continue
		}
		// What the checks below read: the sentence, or the sentence
		// with the one its pronoun refers to when that reading holds
		// the claim's words (its stance may be the act before).
		q := s.cite.Quote
		if held := c.heldAround(cw, s, arounds); held < paraphraseShare {
			// Another inflection ("capped" for "cap") or, in English,
			// another word of the same class.
			n := float64(len(cw.content))
			held = held*n + float64(inflectedHeld(claim, cw, lang, s))
			if held/n < paraphraseShare && lang == text.English {
				if rel == nil {
					rel = c.relatedWords()
				}
				held += float64(relatedHeld(claim, cw, s, rel))
			}
			// Or read with the sentence its pronoun refers to.
			if held/n < paraphraseShare {
				if referredShare(claim, cw, s) < paraphraseShare {
					continue
				}
				q = s.before + " " + q
			}
		}
		sq := quantities(q, s.lang)
		// A stance word turned is the stance the sentence lacks, or
		// takes the other way (see turned, above).
		pw := polarityTurned(claim, q)
		pol := pw != ""
		if pol && turnedWord != "" {
			continue
		}
		if !matchesEach(cq, sq) || differs(cq, sq) || !c.holdsMonths(claim, lang, s) || (quoteNegated(q) || lang == text.English && mainNegated(claim, q)) != negated ||
			turnedAround(claim, q, lang) || !pol && (leavesAgainstStay(claim, q) || stanceMissing(claim, q)) || endingMissing(claim, q) || refusesOtherAct(claim, q) ||
			universalMissing(claim, lang, q) || exclusiveMissing(claim, lang, q) || actorsSwapped(actorClaim, lang, s.cite, c.paras) ||
			lang == text.English && possessorOnly(actorClaim, q, c.relatedWords()) {
			continue
		}
		if lang == text.English {
			// A word in the place of a claim's word that says its
			// opposite, or may (antonym.go), says something else.
			if rel == nil {
				rel = c.relatedWords()
			}
			if o, u := turnedSlot(claim, lang, s, rel); o != "" || u != "" {
				continue
			}
		}
		ok, err := c.backedExcept(ctx, claim, lang, s.cite, s.lang, ss, pw)
		switch {
		case err != nil:
			return sup, turned, false, "", err
		case ok && pol:
			turned, turnedWord = s.cite, pw
		case ok:
			return s.cite, turned, true, turnedWord, nil
		}
	}
	return sup, turned, false, turnedWord, nil
}

// aroundMemo keeps, for one claim, what around reads of each paragraph
// (its text with the one before, their words, the article's titles): each
// sentence of a paragraph is weighed in turn (heldAround), and reading
// the paragraph and its article's titles again for each was most of a
// check over the coverage. Callers clone the words before adding to them.
type aroundMemo struct {
	paras  map[aroundKey]aroundText
	titles map[string]map[string]string // by article
}

// newAroundMemo returns an empty memo.
func newAroundMemo() aroundMemo {
	return aroundMemo{paras: map[aroundKey]aroundText{}, titles: map[string]map[string]string{}}
}

// aroundKey is a cited paragraph and the language it is read in.
type aroundKey struct {
	doc  string
	n    int
	lang text.Lang
}

// aroundText is what around returns.
type aroundText struct {
	text  string
	words map[string]struct{}
}

// of returns c.around(sup, p, lang), read once per paragraph.
func (m aroundMemo) of(c *Checker, sup footnote.Citation, p footnote.Paragraph, lang text.Lang) (string, map[string]struct{}) {
	k := aroundKey{sup.Doc, sup.Paragraph, lang}
	if a, ok := m.paras[k]; ok {
		return a.text, a.words
	}
	titles, ok := m.titles[sup.Doc]
	if !ok {
		titles = llm.TitlesOf(sup.Doc, c.paras)
		m.titles[sup.Doc] = titles
	}
	t, w := c.aroundWith(sup, p, lang, titles)
	m.paras[k] = aroundText{t, w}
	return t, w
}

// heldAround is the share of the claim's content words sentence s holds,
// a name of the claim counting as held when the sentence's paragraph (or
// the one before, or the article's headline) names it: a quote is often followed by who said it in
// another sentence ("…”, mencionó." after "El canciller Luis Videgaray").
// Only the names: the sentence must hold each of the claim's other words
// (but a word that says whose account it is, "según"), and what the
// names do in it is left to backed (rolesHeld).
func (c *Checker) heldAround(cw claimWords, s sentence, arounds aroundMemo) float64 {
	held := heldShare(cw, s)
	if held >= paraphraseShare || len(cw.names) == 0 {
		return held
	}
	p, ok := c.paras.Paragraph(s.cite.Doc, s.cite.Paragraph)
	if !ok {
		return held
	}
	t, para := arounds.of(c, s.cite, p, s.lang)
	if h, ok := c.paras.Paragraph(s.cite.Doc, 0); ok && s.cite.Paragraph > 0 {
		t += "\n\n" + h.Text
		para = maps.Clone(para)
		maps.Copy(para, wordsOf(h.Text, s.lang).content)
	}
	more := 0
	for w := range cw.content {
		_, inSentence := s.words.content[w]
		_, named := cw.names[w]
		switch {
		case inSentence || holdsName(cw, w, s.words.content, s.cite.Quote):
		case named && holdsName(cw, w, para, t) || accountWords[w]:
			more++
		default:
			return held
		}
	}
	return held + float64(more)/float64(max(len(cw.content), 1))
}

// accountWords are the stems (see stem) of the words that say whose
// account a claim gives ("según Videgaray", "laut US-Vertretung", "selon
// Arbour", "according to"), in the languages of the coverage: the sentence
// that gives the account need not say them.
var accountWords = map[string]bool{"segun": true, "laut": true, "selon": true, "secon": true, "accor": true}

// withoutEstimates returns cw without the words that make the number
// after them an estimate ("around 1%"): the number is compared as one
// (see quantity), and no sentence need say "around" for it.
func withoutEstimates(cw claimWords, claim string, lang text.Lang) claimWords {
	ws := text.Words(timeline.WithDigits(claim, lang))
	for i := 0; i+1 < len(ws); i++ {
		if f := text.Fold(ws[i].Text); approxWords[f] && text.IsDigits(text.Fold(ws[i+1].Text)) {
			delete(cw.content, stem(f))
		}
	}
	return cw
}

// matchesEach reports whether b gives each of a's quantities.
func matchesEach(a, b []quantity) bool {
	for _, x := range a {
		if !matches([]quantity{x}, b) {
			return false
		}
	}
	return true
}

// holdsMonths reports whether sentence s names each month the claim, in
// language lang, dates what it says to ("finalized in march"): a month
// alone is no quantity, and a sentence of another month says something
// else. A headline is dated by the header it opens (¶0, with the
// publication date).
func (c *Checker) holdsMonths(claim string, lang text.Lang, s sentence) bool {
	within := s.cite.Quote
	if p, ok := c.paras.Paragraph(s.cite.Doc, s.cite.Paragraph); ok && s.cite.Paragraph == 0 {
		within = p.Text
	}
	ws, sws := text.Words(claim), text.Words(within)
	for i, w := range ws {
		if !monthAt(ws, i, lang) {
			continue
		}
		if !slices.ContainsFunc(sws, func(sw text.Word) bool { return sameMonth(text.Fold(w.Text), text.Fold(sw.Text)) }) {
			return false
		}
	}
	return true
}

// sameMonth reports whether folded month names f and g are one month, in
// any language of the coverage, written in full or cut short.
func sameMonth(f, g string) bool {
	return monthNames[f] != 0 && monthNames[f] == monthNames[g]
}
