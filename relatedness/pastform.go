package relatedness

import "strings"

// minInflectionSimilarity is how close the vector of a word ending in "ed"
// must be to that of the base form the ending leaves for the word to be
// that verb's past form: "opposed"/"oppose" 0.85, "backed"/"back" 0.48,
// "united"/"unite" 0.38, while a word that merely ends so is far from
// what the ending leaves ("need"/"nee" 0.00, "seed"/"see" 0.22,
// "shed"/"she" 0.33). Lower takes more nouns and adverbs for verbs;
// higher misses past forms whose base is mostly used otherwise. Read off
// those pairs and some forty others of news writing.
const minInflectionSimilarity = 0.35

// IsPastForm reports whether word, a folded English word ending in "ed",
// is the regular past form of a verb: some base form its ending may come
// from ("concluded" → "conclude", "stopped" → "stop", "tried" → "try")
// is close to it in meaning (see minInflectionSimilarity). known is false
// when the vectors can't tell: none are loaded, or word has none.
func (w *Words) IsPastForm(word string) (past, known bool) {
	if w.v == nil || !strings.HasSuffix(word, "ed") {
		return false, false
	}
	if p, ok := w.past[word]; ok {
		return p, true
	}
	if _, ok := w.v.Similarity(word, word); !ok {
		return false, false
	}
	stem := strings.TrimSuffix(word, "ed")
	bases := []string{stem, stem + "e"}
	if b, ok := strings.CutSuffix(word, "ied"); ok {
		bases = append(bases, b+"y")
	}
	if u := Undoubled(stem); u != stem {
		bases = append(bases, u)
	}
	past = false
	for _, b := range bases {
		if len(b) < minBaseLen {
			continue
		}
		if c, ok := w.v.Similarity(word, b); ok && c >= minInflectionSimilarity {
			past = true
			break
		}
	}
	w.past[word] = past
	return past, true
}

// Undoubled returns stem without the last of a doubled final consonant
// ("stopp" of "stopped", "bigg" of "biggest" → "stop", "big"), else stem.
func Undoubled(stem string) string {
	n := len(stem)
	if n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) {
		return stem[:n-1]
	}
	return stem
}
