package text

import "strings"

// A short question's trigrams are mostly its names' ("What is Stephen
// Miller's job?", "what does brian hook earn"), and whatlanggo may call
// such a question German with confidence. Its function words are the
// question's own: when two or more of them are one language's and none is
// the trigrams' language's, the function words decide. The question was
// otherwise analysed with German stop words, so "what" and "is" became
// words to look for in the articles.

// minFunctionWords is how many function words of one language a text must
// hold, with none of the language its trigrams give, to be read in that
// language: one is too few ("was" is English and German, "die" English
// and German, "a" English, Spanish, Portuguese and Italian); two or more
// words of one language and none of the other is no accident of spelling.
// Set before measuring; the detection tests and every tune question set
// were checked with it.
const minFunctionWords = 2

// byFunctionWords returns the language whose function words s holds
// minFunctionWords or more of, when s holds none of lang's and no other
// language ties; else lang.
func byFunctionWords(s string, lang Lang) Lang {
	counts := functionWordCounts(s)
	if counts[lang] > 0 {
		return lang
	}
	best, bestN, tie := lang, 0, false
	for l, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = l, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN < minFunctionWords {
		return lang
	}
	return best
}

// functionWordCounts returns how many of s's words are function words
// (stop words) of each language.
func functionWordCounts(s string) map[Lang]int {
	counts := map[Lang]int{}
	for _, w := range Words(strings.ToLower(s)) {
		for l, set := range stopWords {
			if set[NormalizeArabic(w.Text)] {
				counts[l]++
			}
		}
	}
	return counts
}
