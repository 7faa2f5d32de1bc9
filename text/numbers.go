package text

// Numbers written out as words, in the languages of the coverage: one table
// for the answerer (counts and lengths), the paragraph references of intent
// and the timeline's relative dates ("hace dos días"), instead of a copy each.

// numberWords maps a number word, folded (see Fold), to its value, per
// language. English goes from zero to twenty and on by tens to ninety (the
// numbers a question or an article writes out); the other languages from
// one to ten, which is what their relative dates use ("vor drei Tagen").
var numberWords = map[Lang]map[string]int{
	English: {
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	},
	Spanish:    tenWords("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
	Portuguese: tenWords("um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
	French:     tenWords("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
	German:     tenWords("eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn"),
	Italian:    tenWords("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"),
}

// tenWords maps the words for one to ten, in order, to their values.
func tenWords(words ...string) map[string]int {
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i + 1
	}
	return m
}

// NumberWord returns the value of word, a number written out in language
// lang ("seven", "siete", "fünf"), and whether it is one. The word is
// folded first, so case and accents don't matter. Words that are as often
// an article as a number ("one", "un", "ein") are in the table; callers
// that read running text decide whether to take them.
func NumberWord(lang Lang, word string) (int, bool) {
	return FoldedNumberWord(lang, Fold(word))
}

// FoldedNumberWord is NumberWord for a word already folded (see Fold), for
// callers that read every word of a text and have folded it once.
func FoldedNumberWord(lang Lang, folded string) (int, bool) {
	n, ok := numberWords[lang][folded]
	return n, ok
}
