package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A verb of preventing denies the act it keeps someone from: "dissuade
// governments from detaining immigrant children" says governments should
// not detain them, "barred from entering" that they did not enter. No word
// of negation says so; "from" and the "-ing" after it do.

// preventingVerbs are the English Snowball stems (text.Stem) of the verbs
// that keep someone from an act: a closed class ("dissuade", "prevent",
// "deter", "bar", "stop", "keep", "prohibit", "ban", "discourage", "block",
// "restrain", "refrain", "forbid", "hinder", "preclude").
var preventingVerbs = map[string]bool{"dissuad": true, "prevent": true, "deter": true, "bar": true, "stop": true, "keep": true,
	"kept": true, "prohibit": true, "ban": true, "discourag": true, "block": true, "restrain": true, "refrain": true,
	"forbid": true, "forbad": true, "forbidden": true, "hinder": true, "preclud": true}

// preventReach is how many words before "from" its verb of preventing may
// stand: the verb and whom it keeps ("dissuade governments from", "prevent
// member states from"). More takes a verb of another clause, fewer misses
// an object of two words.
const preventReach = 4

// preventedAt reports whether the i-th of words is a "from" that a verb of
// preventing before it governs, with an "-ing" after it: the act that
// "-ing" names is denied.
func preventedAt(words []text.Word, i int) bool {
	if text.Fold(words[i].Text) != "from" || i+1 >= len(words) || !strings.HasSuffix(text.Fold(words[i+1].Text), "ing") {
		return false
	}
	for j := max(0, i-preventReach); j < i; j++ {
		if preventingVerbs[text.Stem(text.English, text.Fold(words[j].Text))] {
			return true
		}
	}
	return false
}

// quoteNegated reports whether a sentence of the coverage negates what it
// says: a word of negation (isNegated) or a verb of preventing (above).
func quoteNegated(s string) bool {
	if isNegated(s) {
		return true
	}
	ws := text.Words(s)
	for i := range ws {
		if preventedAt(ws, i) {
			return true
		}
	}
	return false
}
