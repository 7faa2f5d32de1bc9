package text

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
