package answer

// A question's word is no paraphrase of another of its words. Soft
// matching credits a question word that a sentence lacks with the
// sentence's word closest to it in meaning (related.go). When that word is
// itself one of the question's words, the asker wrote both: the sentence
// says the one, not the other in other words. "who will win the world cup"
// was answered by "the world's burgeoning migration crises", where "world"
// counted once for itself and again for "cup" (cosine 0.66) and "win"
// (0.56), words the article never uses for anything.

// matchBesides is soft.match(terms[i].Word, words) leaving out the
// sentence words that are another term of the same question (the term's
// own word is not in words, or it would have matched itself).
func (m softMatcher) matchBesides(terms []qterm, i int, words map[string]bool) float64 {
	return m.matchSkipping(terms[i].Word, words, terms, i)
}

// isOtherTerm reports whether the sentence word w (lowercased) is the word
// of a term of terms other than the i-th, both of the question's own words.
// A term borrowed from a question this one follows, or from another of its
// parts, may be the same thing in other words ("when did the advisers meet,
// how did the meeting end"): an asker varies the words between clauses,
// while one clause naming two words ("the world cup") means both.
func isOtherTerm(terms []qterm, i int, w string) bool {
	if terms[i].borrowed {
		return false
	}
	for j := range terms {
		if j != i && !terms[j].borrowed && len(terms[j].Word) == len(w) && equalFoldASCII(terms[j].Word, w) {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether a and b, of equal length, are the same
// word up to the case of ASCII letters.
func equalFoldASCII(a, b string) bool {
	for k := 0; k < len(a); k++ {
		x, y := a[k], b[k]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
