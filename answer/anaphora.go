package answer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Definite references: "The meeting ended in deadlock", after "Brian Hook,
// who represented … Tillerson at the principals’ meeting", is about the
// principals' meeting. For matching only (as resolveRefs does for a
// person's pronouns and titles), a sentence whose subject is a definite
// noun ("the meeting", "the declaration") is credited with the words the
// article wrote before that noun when it last named one, a few sentences
// back ("principals"; "New York" of "the so-called New York declaration").
//
// Tried and dropped: crediting a sentence that opens with "it", "its",
// "they" or "their" with the subject of the sentence before ("It won power
// in 2015" with "Poland's government"). It answered one more tune question
// on the three articles, but over the coverage "It is due to be formally
// approved at a meeting in Marrakech, Morocco, from Dec. 11-12" then named
// the compact and became a second version of when the compact was adopted:
// a false "Sources differ" on a question whose sources agree.

// definites open a definite noun phrase that refers back ("the meeting",
// "that meeting", "this pact").
var definites = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// maxModifierWords is the most words read before a noun as its modifiers:
// more carries a long name over whole, and more often words of another
// phrase. Chosen before measuring.
const maxModifierWords = 5

// definiteRefs returns, for each of sents (a paragraph's sentences, after
// the sentences before), the words its definite subject stands for, or nil.
func definiteRefs(before, sents []string) [][]string {
	out := make([][]string, len(sents))
	all := append(append([]string(nil), before...), sents...)
	for i, s := range sents {
		at := len(before) + i
		toks := text.Tokens(s)
		if at == 0 || len(toks) < 2 {
			continue
		}
		if !definites[strings.ToLower(toks[0].Text)] || startsUpper(toks[1].Text) || toks[1].Acronym {
			continue // no definite noun opens it ("The State Department" is a name)
		}
		noun := strings.ToLower(toks[1].Text)
		for back := 1; back <= maxAntecedentSentences && at-back >= 0; back++ {
			if words := modifiersOf(all[at-back], noun); len(words) > 0 {
				out[i] = words
				break
			}
		}
	}
	return out
}

// modifiersOf returns the words s writes just before noun in a noun phrase
// ("principals" of "at the principals’ meeting"), back to its determiner
// or a closed-class word, or nil when s has no such phrase.
func modifiersOf(s, noun string) []string {
	toks := text.Tokens(s)
	for k := len(toks) - 1; k > 0; k-- {
		if strings.ToLower(toks[k].Text) != noun {
			continue
		}
		var words []string
		for j := k - 1; j >= 0 && len(words) < maxModifierWords && joined(s, toks[j], toks[j+1]); j-- {
			low := strings.ToLower(toks[j].Text)
			if definites[low] || articles[low] || text.IsStopWord(text.English, low) {
				break
			}
			if !startsUpper(toks[j].Text) && !toks[j].Acronym && endsPhrase(low) {
				break // "so-called New York declaration": the name, not "called"
			}
			words = append(words, toks[j].Text)
		}
		if len(words) > 0 {
			return words
		}
	}
	return nil
}

// endsPhrase reports whether a lowercase word cannot be inside a noun
// phrase: an adverb in -ly or a verb's past form.
func endsPhrase(low string) bool {
	return strings.HasSuffix(low, "ly") || strings.HasSuffix(low, "ed") || relatedness.IrregularPast(low)
}

// joined reports whether tokens a and b of s are written with nothing
// between them but spaces, hyphens or a possessive's apostrophe
// ("principals’ meeting", "so-called").
func joined(s string, a, b text.Token) bool {
	if a.End > b.Start {
		return false
	}
	for _, r := range s[a.End:b.Start] {
		if !unicode.IsSpace(r) && r != '-' && r != '\'' && r != '’' && r != 's' {
			return false
		}
	}
	return true
}
