package text

// NearStopWord reports whether the lowercase word, not itself a function
// word of language lang, is one edit (see OneEdit) from one at least
// minNearStop letters long: "abuot", "becuase", "agianst" are "about",
// "because", "against" misspelt. Shorter function words have too many
// neighbours one letter away ("ot", "fro") to tell.
func NearStopWord(lang Lang, word string) bool {
	r := []rune(word)
	if len(r) < minNearStop || stopWords[lang][word] {
		return false
	}
	for sw := range stopWords[lang] {
		if s := []rune(sw); len(s) >= minNearStop && OneEdit(r, s) {
			return true
		}
	}
	return false
}

// minNearStop is the length from which a word one edit from a function
// word is read as that word misspelt: five letters ("about", "which")
// are what answer/respell.go's minRespellLen asks of an article's word,
// for the same reason.
const minNearStop = 5
