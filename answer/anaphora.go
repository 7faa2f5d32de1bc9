package answer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Subject references: "Poland’s government has taken a strong anti-migrant
// position. It won power in 2015 …" — the second sentence is about Poland's
// government, and "The meeting ended in deadlock" (after "the principals’
// meeting") about the principals' meeting. For matching only (as
// resolveRefs does for a person's pronouns and titles), a sentence whose
// subject is a third-person pronoun or a definite noun ("the meeting") is
// credited with the words the article gave that subject just before: the
// subject phrase of the sentence before it for the pronoun, the words
// written before the same noun for the definite noun.

// subjectPronouns open a sentence whose subject is a thing or a group named
// before (a closed class: the third-person pronouns that are not a
// person's; "he" and "she" are resolveRefs').
var subjectPronouns = map[string]bool{"it": true, "its": true, "they": true, "their": true}

// definites open a definite noun phrase that refers back ("the meeting",
// "that meeting", "this pact").
var definites = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// maxSubjectWords is the most words read as a subject phrase or as the
// words written before a noun: more carries a long name over whole ("Former
// U.N. Secretary-General Ban Ki-moon"), and more often words of the
// predicate when no verb ends the phrase. Chosen before measuring.
const maxSubjectWords = 5

// subjectRefs returns, for each of sents (a paragraph's sentences, after
// the sentences before), the words its subject stands for, or nil.
func subjectRefs(before, sents []string) [][]string {
	out := make([][]string, len(sents))
	all := append(append([]string(nil), before...), sents...)
	for i, s := range sents {
		at := len(before) + i
		if at == 0 {
			continue
		}
		toks := text.Tokens(s)
		if len(toks) < 2 {
			continue
		}
		first := strings.ToLower(toks[0].Text)
		switch {
		case subjectPronouns[first]:
			// "It won power in 2015": the subject of the sentence before.
			if words := subjectPhrase(all[at-1]); len(words) > 0 && !subjectPronouns[strings.ToLower(words[0])] {
				out[i] = words
			}
		case definites[first] && !startsUpper(toks[1].Text) && !toks[1].Acronym:
			// "The meeting ended in deadlock": what the article wrote
			// before "meeting" when it last named one.
			noun := strings.ToLower(toks[1].Text)
			for back := 1; back <= maxAntecedentSentences && at-back >= 0; back++ {
				if words := modifiersOf(all[at-back], noun); len(words) > 0 {
					out[i] = words
					break
				}
			}
		}
	}
	return out
}

// subjectPhrase returns the words that open sentence s as its subject: after
// a determiner, the words up to the first verb (a past form, an auxiliary
// or another closed-class word), punctuation or maxSubjectWords. A name of
// several words ("The State Department") is read whole.
func subjectPhrase(s string) []string {
	toks := text.Tokens(s)
	start := 0
	if len(toks) > 0 && definites[strings.ToLower(toks[0].Text)] {
		start = 1
	}
	var words []string
	for k := start; k < len(toks) && len(words) < maxSubjectWords; k++ {
		if k > start && !joined(s, toks[k-1], toks[k]) {
			break
		}
		if text.IsStopWord(text.English, strings.ToLower(toks[k].Text)) {
			break // "In recent weeks, Miller led…", "After a meeting…": no subject opens it
		}
		if !startsUpper(toks[k].Text) && !toks[k].Acronym && endsPhrase(toks[k].Text) {
			break
		}
		words = append(words, toks[k].Text)
		if toks[k].EndsSentence {
			break
		}
	}
	return words
}

// modifiersOf returns the words s writes just before noun in a noun phrase
// ("principals" of "at the principals’ meeting"), back to its determiner,
// or nil when s has no such phrase.
func modifiersOf(s, noun string) []string {
	toks := text.Tokens(s)
	for k := len(toks) - 1; k > 0; k-- {
		if strings.ToLower(toks[k].Text) != noun {
			continue
		}
		var words []string
		for j := k - 1; j >= 0 && len(words) < maxSubjectWords && joined(s, toks[j], toks[j+1]); j-- {
			low := strings.ToLower(toks[j].Text)
			if definites[low] || articles[low] || text.IsStopWord(text.English, low) {
				break
			}
			if !startsUpper(toks[j].Text) && !toks[j].Acronym && endsPhrase(toks[j].Text) {
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
// phrase: a closed-class word (an auxiliary, a preposition, a pronoun), an
// adverb in -ly or a verb's past form.
func endsPhrase(w string) bool {
	low := strings.ToLower(w)
	return text.IsStopWord(text.English, low) || strings.HasSuffix(low, "ly") || strings.HasSuffix(low, "ed") || relatedness.IrregularPast(low)
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
