package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A light verb carries little meaning of its own: "who made the
// announcement", "who took the decision", "who gave the speech" ask who
// announced, decided, spoke. The act asked is the noun after the light
// verb, and the sentences tell it by its verb ("Tillerson announced",
// "Trump decided"): a word sharing the noun's stem, or one sharing its
// first letters and close to it in meaning (the English deverbal nouns
// are made by suffixes: "decision" of "decide", "declaration" of
// "declare", "withdrawal" of "withdraw").

// minDerivedPrefix is how many first letters a verb and the noun made from
// it must share ("deci" of "decision" and "decided"): fewer takes words of
// related meaning that tell of another act ("decision" and "declared"
// share "dec"), more misses nouns whose suffix changes the verb's end
// ("decision", "decide" share four).
const minDerivedPrefix = 4

// isLightVerb reports whether word (lowercased) is a form of one of the
// English light verbs that take an act as their object ("make", "take",
// "give"): a closed class of the grammar. "Do" and "have" are left out:
// they are auxiliaries in questions ("who did …", "who has …").
func isLightVerb(word string) bool {
	switch word {
	case "make", "makes", "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given":
		return true
	}
	return false
}

// lightAct returns the noun a light verb of question q takes as its act
// ("Who made the announcement that …" → "announcement"), lowercased: the
// word after the verb and an article; "" when verb is not a light verb of
// q followed by an article and a word that is not a stop word.
func lightAct(q, verb string) string {
	if !isLightVerb(verb) {
		return ""
	}
	ws := text.Words(q)
	for i := 0; i+2 < len(ws); i++ {
		if strings.ToLower(ws[i].Text) != verb {
			continue
		}
		switch strings.ToLower(ws[i+1].Text) {
		case "the", "a", "an":
		default:
			return ""
		}
		noun := strings.ToLower(ws[i+2].Text)
		if text.IsStopWord(text.English, noun) {
			return ""
		}
		return noun
	}
	return ""
}

// derivedVerb reports whether word (lowercased) is a form of the verb the
// noun is made from: it shares minDerivedPrefix first letters with the
// noun and is related to it in meaning ("decided" for "decision"; not
// "decimal", nor "declared").
func derivedVerb(noun, word string, soft softMatcher) bool {
	n := min(len(noun), len(word))
	if n < minDerivedPrefix || noun[:minDerivedPrefix] != word[:minDerivedPrefix] {
		return false
	}
	return soft.match(noun, map[string]bool{word: true}) > 0
}
