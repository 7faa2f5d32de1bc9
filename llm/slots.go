package llm

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
)

// SlotMates returns the words of seq (folded) that stand where the word w
// stands in claim (folded): each with the same content word, or the same
// two words, just before or just after it (see slotMates). The claim
// check reads the opposite of a claim's word in its place with it.
func SlotMates(claim []string, w string, seq []string) []string { return slotMates(claim, w, seq) }

// PrefixNegated returns, for a folded English word that a negating prefix
// turns into the opposite of another ("inconsistent", "unable",
// "illegal", "disagree"), the word it negates ("consistent"): WordNet must
// list the two as antonyms, so that "increase" (no "crease") and
// "international" stay themselves. The claim check reads such a word as
// a negation of its sentence.
func PrefixNegated(w string) (base string, ok bool) {
	for _, p := range negatingPrefixes {
		b, cut := strings.CutPrefix(w, p)
		if !cut || len(b) < minPrefixedBase {
			continue
		}
		if slices.Contains(relatedness.Antonyms(w), b) {
			return b, true
		}
	}
	return "", false
}
