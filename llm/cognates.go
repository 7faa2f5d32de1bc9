package llm

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/lexicon"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim in another language than its articles is held to its names,
// numbers and dates (agreement; minForeignAnchors of them). A claim that
// shares only one of them with its quoted sentences was left undecided,
// and removed, however closely it translates them: "La décision du
// président a mis en évidence son influence durable, lui qui a défendu
// l'effort de l'administration Trump pour restreindre fortement
// l'immigration" against "The U.S. president's decision … highlighted the
// enduring influence of Stephen Miller … who has championed the Trump
// administration's effort to sharply restrict immigration…".
//
// Such a translation keeps many of its words' roots in the languages of
// the articles (Latin and Greek roots shared by English, Spanish, French,
// Portuguese, Italian and, less often, German): "décision", "président",
// "influence", "administration", "restreindre", "immigration". A claim with
// at least one anchor whose content words mostly begin as words of its
// quoted sentences do (the crude stem, first five letters, folded) is
// taken to say what they say. Invented content rarely passes: a reaction,
// a source, a body or a persuasion the sentences lack brings words they
// don't have ("a convaincu", "criticó", "comunicato"), and a claim whose
// words are mostly the sentences' own needs most of them there. Cognates
// are mostly nouns, and a verb turns a claim: a word of the claim of a
// polarity class (relatedness: approving, disapproving, leaving, staying,
// opposing, naming; in the six languages) needs a word of that class in
// the sentences, so "Hook a soutenu le retrait" against "The State
// Department initially opposed the withdrawal" stays undecided.
//
// German shares few such roots with English ("Souveränität",
// "sovereignty"), and a translation's words are often others than the
// quote's cognates ("affected" for "berührt"). A word of the claim also
// counts when a bilingual dictionary (package lexicon: Spanish, French,
// German, Italian, Portuguese) gives it as the English of a word of the
// sentences, or, for a claim in one of those languages on an English
// article, gives a word of the sentences as its English. The same share
// and polarity classes decide; a dictionary sense is no stronger evidence
// than a shared root.

// minForeignCognates is how many distinct content words (five letters or
// more) of a claim in another language must begin as a word of its quoted
// sentences does, besides its one anchor. Two let a short claim through
// on two nouns of the sentence whatever its verb says ("Miller dirigió la
// administración de inmigración"); four loses translations of short
// sentences. Three, chosen on the tune part of the faithfulness answers,
// where it keeps 0 of their false claims in other languages shown.
const minForeignCognates = 3

// cognateShareNum/cognateShareDen is the least share of such a claim's
// content words (five letters or more, not echoed from the question) that
// must be cognates of its sentences' words: a half, so that a claim adding
// as much again of its own (an invented reason, a reaction) stays
// undecided. Chosen with minForeignCognates, on the same data.
const (
	cognateShareNum = 1
	cognateShareDen = 2
)

// minCognateRunes is the least length of a word compared by its first
// five letters: shorter words ("fait", "dire") would be compared whole,
// and meet the other language's words by chance.
const minCognateRunes = 5

// cognatesHeld reports whether a claim in another language, with at least
// one anchor in its quoted sentences idx of src, translates them closely
// enough to be taken as saying what they say (see minForeignCognates).
func (a analysis) cognatesHeld(src *source, idx []int) bool {
	sents := sentencesOf(src, idx)
	words, shared := 0, 0
	var translates func(claimStem) bool // made when first needed
	for _, s := range a.stems {
		if !s.plain || a.echoed(s) || utf8.RuneCountInString(s.word) < minCognateRunes {
			continue
		}
		words++
		found := slices.ContainsFunc(sents, func(st *sentence) bool { _, ok := st.stems[s.s]; return ok })
		if !found {
			if translates == nil {
				translates = a.glossMatch(sents)
			}
			found = translates(s)
		}
		if found {
			shared++
		}
	}
	if shared < minForeignCognates || cognateShareDen*shared < cognateShareNum*words {
		return false
	}
	// Translated words can't tell what a negation covers: the claim and
	// its sentences must both have one or both lack it ("Yes, Mexico
	// believes a powerful country can handle migration alone" against
	// "no creemos que un país, por más grande y poderoso que sea, pueda
	// enfrentar el fenómeno migratorio por sí mismo").
	negated := slices.ContainsFunc(sents, func(st *sentence) bool { return st.neg.negated })
	if negated != a.neg.negated {
		return false
	}
	return polarityHeld(a.folded, sents)
}

// polarityHeld reports whether each word of folded of a polarity class
// (reporting aside: a claim may add who said it) has a word of its class
// in sents, and each opposing word an opposing word.
func polarityHeld(folded []string, sents []*sentence) bool {
	has := func(keep func(string) bool) bool {
		for _, st := range sents {
			for _, w := range st.sequence() {
				if keep(w) {
					return true
				}
			}
		}
		return false
	}
	for _, f := range folded {
		if relatedness.Opposes(f) && !has(relatedness.Opposes) {
			return false
		}
		c := relatedness.ClassOf(f)
		if c == relatedness.NoClass || c == relatedness.Reporting {
			continue
		}
		if !has(func(w string) bool { return relatedness.ClassOf(w) == c }) {
			return false
		}
	}
	return endsHeld(folded, sents)
}

// endsHeld reports whether, when folded (a claim's words) ends something
// ("end", "stop", "beenden": relatedness.Ends), sents have an ending word
// too, or one of leaving. A claim in another language than its quote is
// held to its names and numbers, which say nothing of what was done with
// them: "Haley said the United States will end its generosity" names both
// of "Aucun pays n'a fait plus que les États-Unis et notre générosité
// perdurera", whose deed is the opposite.
func endsHeld(folded []string, sents []*sentence) bool {
	if !endsSomething(folded) {
		return true
	}
	for _, st := range sents {
		for _, w := range st.sequence() {
			if relatedness.Ends(w) || relatedness.ClassOf(w) == relatedness.Leaving {
				return true
			}
		}
	}
	return false
}

// glossMatch returns whether a claim's stem translates a word of sents
// through the lexicon: for an English claim on sentences in a language the
// lexicon knows (a.lang), whether it is the crude stem of an English gloss
// of one of their content words ("sover" of "sovereignty" for
// "Souveränität"); for a claim in such a language on English sentences,
// whether one of its word's English glosses has the stem of one of their
// words ("soberanía", sovereignty, on "the sovereign right"). Neither
// otherwise.
func (a analysis) glossMatch(sents []*sentence) func(claimStem) bool {
	none := func(claimStem) bool { return false }
	if lang := text.Lang(a.lang); a.english && lang != text.English && lexicon.Knows(lang) {
		glossed := map[string]bool{}
		for _, st := range sents {
			for _, w := range st.sequence() {
				if contentWord(w) {
					for _, g := range lexicon.Glosses(lang, w) {
						glossed[stem(text.Fold(g))] = true
					}
				}
			}
		}
		return func(s claimStem) bool { return glossed[s.s] }
	}
	if a.english || a.lang != string(text.English) {
		return none
	}
	lang := text.Lang(language(a.text))
	if !lexicon.Knows(lang) {
		return none
	}
	return func(s claimStem) bool {
		for _, g := range lexicon.Glosses(lang, s.word) {
			g = text.Fold(g)
			if strings.Contains(g, " ") || !contentWord(g) {
				continue
			}
			if slices.ContainsFunc(sents, func(st *sentence) bool { _, ok := st.stems[stem(g)]; return ok }) {
				return true
			}
		}
		return false
	}
}

// endsSomething reports whether folded has an ending word that is not the
// part of a period ("by the end of 2018", "à la fin de la semaine"; see
// periodParts).
func endsSomething(folded []string) bool {
	for i, f := range folded {
		if !relatedness.Ends(f) {
			continue
		}
		if periodParts[f] != 0 && slices.ContainsFunc(folded[i+1:min(len(folded), i+1+maxPartReach)], func(w string) bool { return periodAt(w) != "" }) {
			continue
		}
		return true
	}
	return false
}
