package claimcheck

import (
	"slices"
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A name the sentence holds only as a possessor does only what its noun
// says: "A Slovakia rejection of the migration pact could lead to a
// shake-up of Pellegrini’s government, given that … Lajcak has threatened
// to resign if the government shuns the agreement" has Pellegrini own a
// government, not expect anything, and does not back "pellegrini expected
// lajcak to leave the government once slovakia rejects the pact", which
// holds three quarters of its words. A possessed noun made from the
// claim's verb is that verb's act ("Trump’s decision" for "trump
// decided"): the two share their first minDerivedLetters letters, as a light
// verb's noun does (lightverb.go).

// possessorOnly reports whether the claim (its names capitalised) opens
// with a name followed by a word of what it did, and quote holds that name
// (its last word) only before a possessive "’s" whose noun does not share
// the word's first minDerivedLetters letters.
func possessorOnly(claim, quote string, rel *relatedness.Words) bool {
	cws := text.Words(claim)
	n := 0
	for n < len(cws) && unicode.IsUpper([]rune(cws[n].Text)[0]) {
		n++
	}
	if n == 0 || n == len(cws) || isStop(text.Fold(cws[n].Text)) || strings.Contains(claim[cws[n-1].End:cws[n].Start], ",") {
		return false
	}
	name, verb := text.Fold(cws[n-1].Text), text.Fold(cws[n].Text)
	qws := text.Words(quote)
	if verbIn(verb, text.FoldWords(qws)) {
		// The sentence tells the act itself ("Poland’s government has
		// taken a strong anti-migrant position" for "poland took …").
		return false
	}
	seen := false
	for j, w := range qws {
		if text.Fold(w.Text) != name {
			continue
		}
		seen = true
		after := quote[w.End:]
		if !strings.HasPrefix(after, "’s") && !strings.HasPrefix(after, "'s") || j+2 >= len(qws) {
			return false
		}
		// text.Words reads "Pellegrini’s" as "Pellegrini", "s".
		noun := text.Fold(qws[j+2].Text)
		if sharedPrefix(noun, verb) >= minDerivedLetters || rel != nil && rel.Similarity(noun, verb) >= minDerivedSimilarity {
			return false
		}
	}
	return seen
}

// sharedPrefix returns how many leading bytes a and b share.
func sharedPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// verbIn reports whether the folded words fs hold the folded verb in some
// form: one sharing its first minDerivedLetters letters, or an irregular
// form of it ("taken" for "took", relatedness.VerbForms).
func verbIn(verb string, fs []string) bool {
	forms := relatedness.VerbForms(verb)
	for _, f := range fs {
		if sharedPrefix(f, verb) >= minDerivedLetters || slices.Contains(forms, f) {
			return true
		}
	}
	return false
}
