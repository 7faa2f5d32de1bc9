package retrieval

import (
	"slices"

	"github.com/footnote-bot/footnote/text"
)

// Stems written with and without diacritics. The stemmers keep a word's
// accents ("Lajčák" stems to "lajčák", "Piñera" to "piñer"), and people
// type names without them ("Lajcak", "Pinera"): a question's stem and the
// article's differ by two runes or more, beyond the fuzzy matcher's one
// edit, so "On what day did Miroslav Lajcak resign?" found no "Lajčák" in
// the article that says it, and was refused because the answer must name
// the question's names. A stem matches the stems that fold (text.Fold:
// accents removed, case and width folded) to the same letters as it,
// fully: they are one word, written with or without its marks.

// buildFolded files the stems whose folded form differs from themselves
// under that form (only stems outside ASCII: the others fold to
// themselves).
func (lx *lexicon) buildFolded() {
	lx.folded = nil
	for id, s := range lx.stems {
		if text.IsASCII(s) {
			continue
		}
		f := text.Fold(s)
		if f == s {
			continue
		}
		if lx.folded == nil {
			lx.folded = map[string][]int32{}
		}
		lx.folded[f] = append(lx.folded[f], int32(id))
	}
}

// expandFolded is expand with the stems that fold to the same letters
// as s, at full weight. It serves the answerer's matching (Known, Matches,
// Weight), not the ranking of passages (score): there, a folded form
// added to a query moved the claim check's passages, and one claim in
// Portuguese ("araújo chamou o pacto de instrumento inadequado") went from
// supported to not covered.
func (lx *lexicon) expandFolded(s string) []match {
	out := lx.expand(s)
	for _, cand := range lx.foldedMatches(s) {
		if i := slices.IndexFunc(out, func(m match) bool { return m.id == cand }); i >= 0 {
			out[i].w = 1 // a near miss ("antónio" for "antonio") is the word itself
		} else {
			out = append(out, match{cand, 1}) // "lajčák" for "lajcak"
		}
	}
	return out
}

// foldedMatches returns the vocabulary stems other than s that fold to
// the same letters as s: the stem written without its accents, or with
// them.
func (lx *lexicon) foldedMatches(s string) []int32 {
	f := s
	if !text.IsASCII(s) {
		f = text.Fold(s)
	}
	var out []int32
	if f != s {
		if id, ok := lx.vocab[f]; ok {
			out = append(out, id)
		}
	}
	for _, id := range lx.folded[f] {
		if lx.stems[id] != s {
			out = append(out, id)
		}
	}
	return out
}
