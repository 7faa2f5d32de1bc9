package claimcheck

import "github.com/footnote-bot/footnote/text"

// The check compares words by their first stemRunes letters, which misses
// a word whose inflection changes its short base: "capped" against "set a
// cap", "voted" against "voting". Their Snowball stems ("cap", "vote") are
// the same, as the model-answer check compares them (llm's hasStem).

// snowballStems returns the Snowball stems of the words of sentence s, in
// its language.
func snowballStems(s sentence) map[string]bool {
	out := map[string]bool{}
	for _, w := range text.Words(s.cite.Quote) {
		out[text.Stem(s.lang, text.Fold(w.Text))] = true
	}
	return out
}

// inflectedHeld returns how many of the claim's content words (by stem,
// in language lang) that sentence s lacks it holds in another inflection:
// a word of the same Snowball stem. Only for a sentence in the claim's
// language.
func inflectedHeld(claim string, cw claimWords, lang text.Lang, s sentence) int {
	if s.lang != lang {
		return 0
	}
	snow := snowballStems(s)
	n := 0
	for _, f := range lackedWords(claim, cw, s) {
		if len(f) >= minSnowballWord && snow[text.Stem(lang, f)] {
			n++
		}
	}
	return n
}

// minSnowballWord is the shortest claim word compared by its Snowball stem:
// shorter ones are initials and particles (as llm's).
const minSnowballWord = 3
