package claimcheck

import (
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
	if lang != text.English || s.otherLanguage(lang) || rel == nil || isNegated(claim) {
		return ""
	}
	cws := text.Words(claim)
	cf := text.FoldWords(cws)
	has := map[string]bool{}
	for _, f := range cf {
		has[f] = true
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
		if !isContent(f) || isName(cws[i], i) || inQuote[stem(f)] || ofPolarity(f) || !rel.HasAntonyms(f) {
			continue
		}
		cands = cands[:0]
		for _, v := range llm.SlotMates(cf, f, qf) {
			if isContent(v) && !has[v] && !ofPolarity(v) {
				cands = append(cands, v)
			}
		}
		v := rel.Counterpart(f, cands)
		if v == "" || !rel.Opposed(f, v) {
			continue
		}
		for j, g := range qf {
			if g == v && !negationBefore(q, qws, j) {
				return f
			}
		}
	}
	return ""
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
