package claimcheck

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// negationsOf are the negation words of each language of the coverage,
// folded ("n't" is found apart, as "t" after "n'"). French "personne" and
// "rien" are left out: they are nouns as often, and a French negation
// has "ne" or "pas" anyway. (llm's answer check keeps a list of its own;
// both belong in package text.)
var negationsOf = map[text.Lang]string{
	text.English:    "not no never without nor cannot neither none nobody nothing",
	text.Spanish:    "no nunca jamas sin ni tampoco ninguno ninguna nadie nada",
	text.French:     "ne pas jamais sans aucun aucune",
	text.German:     "nicht nie niemals kein keine keinen keinem keiner keines ohne weder",
	text.Portuguese: "nao nem sem nenhum nenhuma nunca",
	text.Italian:    "non mai senza nessun nessuno nessuna",
}

// isNegation reports whether a folded word negates in a language of the
// coverage (a claim may be in another language than its passages).
func isNegation(f string) bool {
	for _, words := range negationsOf {
		if slices.Contains(strings.Fields(words), f) {
			return true
		}
	}
	return false
}

// negationAt reports whether the i-th of words (of s) is a negation.
func negationAt(s string, words []text.Word, i int) bool {
	f := text.Fold(words[i].Text)
	if isNegation(f) {
		return true
	}
	return f == "t" && strings.HasSuffix(s[:words[i].Start], "n'")
}

// isNegated reports whether s has a negation word.
func isNegated(s string) bool {
	ws := text.Words(s)
	for i := range ws {
		if negationAt(s, ws, i) {
			return true
		}
	}
	return false
}

// withoutNegation splits a negated claim into what it denies (the claim
// without its negation words) and the word the first negation applies
// to, folded; ok is false when the claim negates nothing.
func withoutNegation(claim string) (affirmed, negatedWord string, ok bool) {
	ws := text.Words(claim)
	var b strings.Builder
	last := 0
	for i := range ws {
		if !negationAt(claim, ws, i) {
			if ok && negatedWord == "" && isContent(text.Fold(ws[i].Text)) {
				negatedWord = text.Fold(ws[i].Text)
			}
			continue
		}
		start := ws[i].Start
		if text.Fold(ws[i].Text) == "t" {
			start -= len("n'") // "didn't" keeps "did"
		}
		b.WriteString(claim[last:start])
		last = ws[i].End
		ok = true
	}
	if !ok {
		return claim, "", false
	}
	b.WriteString(claim[last:])
	return strings.Join(strings.Fields(b.String()), " "), negatedWord, true
}
