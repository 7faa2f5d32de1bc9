package text

import "unicode"

// Lang is a language, as an ISO 639-1 code ("en", "es"); the zero value
// means unknown.
type Lang string

// The languages text knows the abbreviations, stop words and stemmer of.
const (
	English    Lang = "en"
	Spanish    Lang = "es"
	German     Lang = "de"
	French     Lang = "fr"
	Portuguese Lang = "pt"
	Italian    Lang = "it"
	Russian    Lang = "ru"
	Arabic     Lang = "ar"
	Chinese    Lang = "zh"
	Japanese   Lang = "ja"
	Unknown    Lang = ""
)

// WordLang returns the language whose stemmer and stop words suit word:
// Russian for a word in Cyrillic, Arabic for one in Arabic script, and
// latin for any other. It looks at the word alone, so a word gets the same
// stem in a question and in an article.
func WordLang(word string, latin Lang) Lang {
	for _, r := range word {
		if r < 0x0400 { // Latin letters, digits: the script is in a later rune, if any
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return Russian
		case unicode.Is(unicode.Arabic, r):
			return Arabic
		}
		return latin
	}
	return latin
}
