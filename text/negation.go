package text

// negations are the negation words of the languages Footnote analyses,
// folded (see Fold): "n't" is not among them, as it is no word of its own;
// callers find it as the "t" after "n'". French "personne" and "rien" are
// left out: they are nouns as often, and a French negation has "ne" or
// "pas" anyway.
var negations = map[string]bool{}

func init() {
	for _, w := range []string{
		"not", "no", "never", "without", "nor", "cannot", "neither", "none", "nobody", "nothing", // English
		"nunca", "jamas", "sin", "ni", "tampoco", "ninguno", "ninguna", "nadie", "nada", // Spanish
		"ne", "pas", "jamais", "sans", "aucun", "aucune", // French
		"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "ohne", "weder", // German
		"nao", "nem", "sem", "nenhum", "nenhuma", // Portuguese
		"non", "mai", "senza", "nessun", "nessuno", "nessuna", // Italian
	} {
		negations[w] = true
	}
}

// IsNegation reports whether a folded word is a negation word in one of
// the languages Footnote analyses ("not", "nunca", "nicht", "jamais").
func IsNegation(folded string) bool { return negations[folded] }
