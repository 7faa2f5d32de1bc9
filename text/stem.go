package text

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
)

// stemmers are the Snowball stemmers of the languages that have one.
var stemmers = map[Lang]func(*snowballstem.Env) bool{
	English:    english.Stem,
	Spanish:    spanish.Stem,
	German:     german.Stem,
	French:     french.Stem,
	Portuguese: portuguese.Stem,
	Italian:    italian.Stem,
	Russian:    russian.Stem,
	Arabic:     arabic.Stem,
}

// Stem returns the Snowball stem of a lowercase word of language lang
// ("dissented" and "dissent" give "dissent"). Arabic is normalised first
// (see NormalizeArabic). A language without a stemmer (Chinese, Japanese,
// unknown) returns the word unchanged.
func Stem(lang Lang, word string) string {
	if lang == Arabic {
		word = NormalizeArabic(word)
	}
	stem, ok := stemmers[lang]
	if !ok {
		return word
	}
	env := snowballstem.NewEnv(word)
	stem(env)
	return env.Current()
}
