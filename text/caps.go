package text

import "unicode"

// IsAllCaps reports whether the word s is written in capitals: it has at
// least two letters and none of them is lowercase ("NATO", "U.S." and "UN"
// are; "I", "Haley" and "2017" are not).
func IsAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n >= 2
}

// IsShouted reports whether a text is written all in capitals, like a
// question typed with caps lock on: at least two of its words have two or
// more letters, and none has a lowercase letter. Capitals there say
// nothing about which words are names.
func IsShouted(s string) bool {
	words, upper := 0, 0 // words of two or more capitals; capitals in this word
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		case !IsWordRune(r):
			if upper >= 2 {
				words++
			}
			upper = 0
		}
	}
	if upper >= 2 {
		words++
	}
	return words >= 2
}
