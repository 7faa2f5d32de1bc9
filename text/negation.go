package text

// negations are the negation words of the languages Footnote analyses,
// folded (see Fold): "n't" is not among them, as it is no word of its own;
// callers find it as the "t" after "n'". French "personne" and "rien" are
// left out: they are nouns as often, and a French negation has "ne" or
// "pas" anyway.
var negations = map[string]bool{}

// otherWordIn are negation words of one language that are common words of
// another, by the language in which they are not negations: Portuguese
// "no" is "in the" ("no fim do governo Michel Temer", "no Twitter"), French
// and German "mai" is the month of May ("en mai", "im Mai"). A caller that
// knows the text's language asks IsNegationIn, which leaves them out there;
// one that does not takes every language's list, as before.
var otherWordIn = map[Lang]map[string]bool{
	Portuguese: {"no": true},
	French:     {"mai": true},
	German:     {"mai": true},
}

func init() {
	for _, w := range []string{
		"not", "no", "never", "without", "nor", "cannot", "neither", "none", "nobody", "nothing", // English
		"nunca", "jamas", "sin", "ni", "tampoco", "ninguno", "ninguna", "nadie", "nada", // Spanish
		"ne", "pas", "jamais", "sans", "aucun", "aucune", // French
		"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "ohne", "weder", // German
		"nao", "nem", "sem", "nenhum", "nenhuma", // Portuguese
		"non", "mai", "senza", "nessun", "nessuno", "nessuna", // Italian
		"ikke", "aldrig", "ingen", "intet", "uden", // Danish (and Norwegian "ikke", "ingen")
		"inte", "aldri", "utan", "uten", // Swedish and Norwegian
		"niet", "geen", "nooit", "zonder", // Dutch
	} {
		negations[w] = true
	}
}

// IsNegation reports whether a folded word is a negation word in one of
// the languages Footnote analyses ("not", "nunca", "nicht", "jamais",
// "ikke").
func IsNegation(folded string) bool { return negations[folded] }

// IsNegationIn is IsNegation for a word of a text in lang: a negation word
// of another language that is a common word of lang is none there
// (Portuguese "no", "in the"). An unknown lang is IsNegation.
func IsNegationIn(lang Lang, folded string) bool {
	return negations[folded] && !otherWordIn[lang][folded]
}
