package claimcheck

import (
	"slices"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim can say the opposite of a sentence in a word of no polarity
// class: "commitments designed to weaken international border security
// cooperation" against "… enhance international border security
// cooperation", "the meeting was scheduled to end monday" against "to
// begin". WordNet's antonyms, stretched to their near words by the vectors
// (relatedness.Words.Opposed, which the check of a model's answer uses to
// refuse such a sentence), tell which: a sentence on the claim's subject
// that has the opposite of the claim's word in its place says otherwise.

// opposedIn returns the claim's word (folded) that sentence s, in English
// as the claim (or of no known language), turns into its opposite, or "":
// a content word of the claim of no polarity class (ofPolarity) that s
// lacks (by stem) and that has antonyms, and in its place in s (llm.SlotMates: the same neighbour
// before or after it) the nearest word the claim lacks
// (relatedness.Words.Counterpart) is its opposite
// (relatedness.Words.Opposed), of no polarity class, not negated in s. "" for a negated claim (a
// negation turns the opposite around again), for other languages and
// without the vectors.
func opposedIn(claim string, lang text.Lang, s sentence, rel *relatedness.Words) string {
	opposed, _ := turnedSlot(claim, lang, s, rel)
	return opposed
}

// unsureIn returns the claim's word (folded) whose place in sentence s
// holds a word the vectors put as near one of its antonyms as the word
// itself (within UnsureMargin), or "": such a word ("robust" in the place
// of "weak", 0.72 from both "weak" and its antonym "strong") says neither
// the claim's word nor its opposite for sure, so the sentence does not
// support the claim (nor, not being opposed, contradict it). The same
// words as opposedIn are weighed.
func unsureIn(claim string, lang text.Lang, s sentence, rel *relatedness.Words) string {
	_, unsure := turnedSlot(claim, lang, s, rel)
	return unsure
}

// UnsureMargin is how much nearer the claim's word than its antonym the word
// in its place must be to say it: higher refuses more true claims posted in
// a near word ("strong" for "robust"), lower lets a sentence support a claim
// whose word it may say the opposite of. Zero would hang the verdict on
// rounding; 0.02 is the vectors' rounding at two decimals, doubled.
const UnsureMargin = 0.02

// turnedSlot returns the first of the claim's words that sentence s turns
// into its opposite (see opposedIn) and the first whose place s fills with
// a word as near an antonym of it as it (see unsureIn). A comparative or
// superlative is weighed in its positive form ("smallest" as "small").
func turnedSlot(claim string, lang text.Lang, s sentence, rel *relatedness.Words) (opposed, unsure string) {
	if lang != text.English || s.otherLanguage(lang) || rel == nil || isNegated(claim) {
		return "", ""
	}
	cws := text.Words(claim)
	cf := text.FoldWords(cws)
	has := map[string]bool{}
	for _, f := range cf {
		has[f] = true
		has[relatedness.Positive(f)] = true
	}
	q := s.cite.Quote
	qws := text.Words(q)
	qf := text.FoldWords(qws)
	inQuote := map[string]bool{}
	for _, f := range qf {
		inQuote[stem(f)] = true
	}
	var cands []string
	for i, f := range cf {
		pf := relatedness.Positive(f)
		if !isContent(f) || isName(cws[i], i) || inQuote[stem(f)] || ofPolarity(f) || !rel.HasAntonyms(pf) {
			continue
		}
		cands = cands[:0]
		for _, v := range llm.SlotMates(cf, f, qf) {
			if isContent(v) && !has[v] && !has[relatedness.Positive(v)] && !ofPolarity(v) {
				cands = append(cands, relatedness.Positive(v))
			}
		}
		pv := rel.Counterpart(pf, cands)
		if pv == "" || sharesAntonym(rel, pf, pv) {
			continue
		}
		if !rel.Opposed(pf, pv) {
			if unsure == "" && nearAntonym(rel, pf, pv) {
				unsure = f
			}
			continue
		}
		for j, g := range qf {
			if relatedness.Positive(g) == pv && !negationBefore(q, qws, j) {
				return f, unsure
			}
		}
	}
	return "", unsure
}

// sharesAntonym reports whether a and b (a base form of each) have an
// antonym in common: then they are on the same side of it ("big" and
// "large", both against "small"), however near that antonym the vectors
// put b.
func sharesAntonym(rel *relatedness.Words, a, b string) bool {
	for _, x := range rel.BaseForms(a) {
		for _, ant := range relatedness.Antonyms(x) {
			for _, y := range rel.BaseForms(b) {
				if slices.Contains(relatedness.Antonyms(y), ant) {
					return true
				}
			}
		}
	}
	return false
}

// nearAntonym reports whether word b lies as near an antonym of a (of a
// base form of a) as a itself, within UnsureMargin, at
// relatedness.MinOppositeNear at least.
func nearAntonym(rel *relatedness.Words, a, b string) bool {
	own := rel.Similarity(a, b)
	for _, x := range rel.BaseForms(a) {
		for _, ant := range relatedness.Antonyms(x) {
			if near := rel.Similarity(ant, b); near >= relatedness.MinOppositeNear && near+UnsureMargin >= own {
				return true
			}
		}
	}
	return false
}

// antonymSentence returns a sentence about the claim's subject (see
// aboutSameThing) that says it with one of its words turned into its
// opposite, and that word (opposedIn).
func antonymSentence(claim string, lang text.Lang, ss []sentence, rel func() *relatedness.Words) (footnote.Citation, string, bool) {
	if lang != text.English || isNegated(claim) {
		return footnote.Citation{}, "", false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	var r *relatedness.Words // made when first needed
	for _, s := range ss {
		if s.otherLanguage(lang) || !aboutSameThing(cw, lang, s) {
			continue
		}
		if r == nil {
			r = rel()
		}
		if w := opposedIn(claim, lang, s, r); w != "" {
			return s.cite, w, true
		}
	}
	return footnote.Citation{}, "", false
}

// ofPolarity reports whether folded word f is of a polarity class
// (judging, leaving, staying, backing, naming, reporting) or opposes: the
// class lists tell its opposite (reversesStance, reversesJudgement), and
// the vectors put a word of one class near the antonyms of a word of
// another ("supports" nearer "push" than "pulled" is), which is no
// opposite.
func ofPolarity(f string) bool {
	return relatedness.ClassOf(f) != relatedness.NoClass || judgesOrTakesStance(f) || relatedness.Backs(f) || relatedness.Opposes(f)
}
