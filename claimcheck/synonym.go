package claimcheck

import (
	"github.com/footnote-bot/footnote/lexicon"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A true claim posted in other words than its sentence ("kids" for
// "children", "quit" for "resigned", "big" for "large") shares too few of
// its words with it. The vectors may compare only words of one polarity
// class (relatedHeld), as they put opposites as close as synonyms; a word
// of no class is compared by WordNet's synsets (lexicon.Synonyms), which
// never join opposites. English only.

// synonymHeld returns how many of the claim's content words (by stem) that
// sentence s lacks, and holds in no other inflection, it says by a synonym:
// a word of no polarity class sharing a WordNet synset with one of the
// sentence's words of no class.
func synonymHeld(claim string, cw claimWords, s sentence) int {
	if s.lang != text.English && s.lang != text.Unknown {
		return 0
	}
	sws := synonymCandidates(s.cite.Quote)
	snow := snowballStems(s)
	n := 0
	for _, f := range lackedWords(claim, cw, s) {
		if !snow[text.Stem(text.English, f)] && synonymAmong(f, sws) {
			n++
		}
	}
	return n
}

// synonymCandidates returns the folded content words of English text t
// that are of no polarity class: the words a claim's word may be a
// synonym of.
func synonymCandidates(t string) []string {
	var out []string
	for _, w := range text.Words(t) {
		if f := text.Fold(w.Text); isContent(f) && relatedness.ClassOf(f) == relatedness.NoClass {
			out = append(out, f)
		}
	}
	return out
}

// synonymAmong reports whether folded English word f, of no polarity
// class, is a synonym of one of words (see synonymCandidates).
func synonymAmong(f string, words []string) bool {
	if relatedness.ClassOf(f) != relatedness.NoClass {
		return false
	}
	for _, x := range words {
		if lexicon.Synonyms(f, x) {
			return true
		}
	}
	return false
}

// synonymInSentences reports whether folded English word f is a synonym of
// a word of one of the English sentences ss: the coverage names what it
// names, in another word.
func synonymInSentences(f string, ss []sentence) bool {
	if relatedness.ClassOf(f) != relatedness.NoClass {
		return false
	}
	for _, s := range ss {
		if (s.lang == text.English || s.lang == text.Unknown) && synonymAmong(f, synonymCandidates(s.cite.Quote)) {
			return true
		}
	}
	return false
}
