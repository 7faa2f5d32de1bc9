package claimcheck

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// endingMissing reports whether the claim says something ends or stops
// (an ending word, relatedness.Ends: "the US's generosity would end", "beendet") and the
// quote says no such thing: a sentence that holds the claim's other words
// ("will continue in its generosity") then says something else of them,
// often the opposite, and does not back it.
func endingMissing(claim, quote string) bool {
	return hasEndWord(claim) && !hasEndWord(quote)
}

// hasEndWord reports whether s holds an ending word (relatedness.Ends).
func hasEndWord(s string) bool {
	for _, w := range text.Words(s) {
		if relatedness.Ends(text.Fold(w.Text)) {
			return true
		}
	}
	return false
}
