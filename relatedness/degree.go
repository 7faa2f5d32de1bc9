package relatedness

import "strings"

// An adjective's comparative and superlative ("smaller", "largest") say
// the same quality as its positive form, and WordNet lists antonyms for the
// positive form only ("small" against "large"): "the smallest of the
// coalition's four parties" says the opposite of "the largest", and no
// base form of the vectors' (Words.BaseForms: verb and noun
// endings) reaches "small" from "smallest".

// degreeEndings are the regular English endings of degree, each with what
// replaces it in the positive form ("easiest" → "easy").
var degreeEndings = [...][2]string{{"iest", "y"}, {"ier", "y"}, {"est", ""}, {"est", "e"}, {"er", ""}, {"er", "e"}}

// Positive returns the positive form of folded word f when f is the
// comparative or superlative of an adjective WordNet gives antonyms for
// ("larger", "biggest" → "large", "big"), else f. Only such a base counts:
// "-er" also ends nouns ("paper", "corner") whose cut form names another
// thing, and those have no antonyms.
func Positive(f string) string {
	if len(Antonyms(f)) > 0 {
		return f
	}
	for _, e := range degreeEndings {
		stem, ok := strings.CutSuffix(f, e[0])
		if !ok || len(stem)+len(e[1]) < minDegreeBase {
			continue
		}
		for _, b := range []string{stem + e[1], Undoubled(stem) + e[1]} {
			if len(Antonyms(b)) > 0 {
				return b
			}
		}
	}
	return f
}

// minDegreeBase is the shortest positive form tried: shorter ones ("be"
// of "best") are other words.
const minDegreeBase = 3
