package claimcheck

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// A claim that says a thing of every one of a kind ("every country except
// the us approved the migration agreement in marrakech") says more than a
// sentence that says it of some of them ("… the 164 countries that approved
// the agreement by acclamation at a conference in Marrakech"), though it
// holds all the sentence's words: over-generalising a true report is how a
// false claim is most often made of one. A sentence supports such a claim
// only when it says it of all of them too, in any word of the class ("all
// 193 member states", "unanimously").

// universalDeterminers are the English determiners that say a thing of
// every one of a kind (a closed class), when a noun phrase follows them.
var universalDeterminers = map[string]bool{"all": true, "every": true, "each": true}

// universalPronouns are the English pronouns made of a universal
// determiner: they say a thing of every one by themselves, with no noun
// phrase after them ("everyone who migrates is fleeing war"; a closed
// class).
var universalPronouns = map[string]bool{"everyone": true, "everybody": true, "everything": true}

// universalOthers are the other English words by which a sentence says a
// thing of every one of a kind, besides the determiners and the pronouns
// made of them: a whole, and the adverb of a vote with no one against (a
// closed class).
var universalOthers = map[string]bool{"entire": true, "whole": true, "unanimous": true, "unanimously": true}

// isUniversalWord reports whether the folded word f says a thing of every
// one of a kind: a universal determiner, pronoun or other word.
func isUniversalWord(f string) bool {
	return universalDeterminers[f] || universalPronouns[f] || universalOthers[f]
}

// nounPhraseOpeners are the function words after which "all" still
// opens a noun phrase ("all the countries", "all of them", "all its
// members").
var nounPhraseOpeners = map[string]bool{"the": true, "of": true, "these": true, "those": true, "its": true, "their": true, "our": true, "his": true, "her": true}

// universalMissing reports whether the claim, in English, says a thing of
// every one of a kind (a universal determiner before a noun phrase: a
// content word, a number or a word that opens one; not "all over", "have
// all been"; or a universal pronoun) and quote has no word of the class.
func universalMissing(claim string, lang text.Lang, quote string) bool {
	if lang != text.English {
		return false
	}
	cf := text.FoldWords(text.Words(claim))
	universal := false
	for i, f := range cf {
		if universalPronouns[f] {
			universal = true
			break
		}
		if !universalDeterminers[f] || i+1 >= len(cf) {
			continue
		}
		if next := cf[i+1]; isContent(next) || strings.ContainsFunc(next, unicode.IsDigit) || nounPhraseOpeners[next] {
			universal = true
			break
		}
	}
	return universal && !hasWordOf(quote, isUniversalWord)
}

// hasWordOf reports whether quote holds a word whose folded form is of a
// class.
func hasWordOf(quote string, of func(string) bool) bool {
	for _, f := range text.FoldWords(text.Words(quote)) {
		if of(f) {
			return true
		}
	}
	return false
}

// A claim that says a thing of one alone ("the us was the only country that
// didnt sign on to the pact") says more than a sentence that says it of one
// ("Israel would not be joining the … pact"), as a claim of all does: it
// also says it of no other. A sentence supports such a claim only when it
// says "alone" too, in any word of the class.

// exclusiveAdjectives are the English words that, after "the" and before a
// noun phrase, say a thing of one alone ("the only country", "the sole
// holdout"; a closed class).
var exclusiveAdjectives = map[string]bool{"only": true, "sole": true, "lone": true}

// exclusiveWords are the English words by which a sentence says a thing of
// one alone: the adjectives and their adverbs, "alone", "single" (a closed
// class).
var exclusiveWords = map[string]bool{"only": true, "sole": true, "solely": true, "lone": true, "alone": true, "single": true, "exclusively": true}

// exclusiveMissing reports whether the claim, in English, says a thing of
// one alone ("the only" before a content word or "one") and quote has no
// word of the class.
func exclusiveMissing(claim string, lang text.Lang, quote string) bool {
	if lang != text.English {
		return false
	}
	cf := text.FoldWords(text.Words(claim))
	exclusive := false
	for i := 1; i+1 < len(cf); i++ {
		if cf[i-1] == "the" && exclusiveAdjectives[cf[i]] && (isContent(cf[i+1]) || cf[i+1] == "one") {
			exclusive = true
			break
		}
	}
	return exclusive && !hasWordOf(quote, func(f string) bool { return exclusiveWords[f] })
}
