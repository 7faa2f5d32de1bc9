package llm

import "github.com/footnote-bot/footnote/text"

// A noun of the claim that its sentences lack still counts as theirs when
// one of their content words names the same thing in other words ("the
// talks" and "negotiations", "the withdrawal" and "pullout"): a graded
// match by the GloVe vectors (relatedness.Words), so that a paraphrase is
// not judged by spelling alone. Only nouns (a word after a determiner):
// GloVe puts opposite verbs and adjectives as close as synonyms ("stay"
// and "leave" 0.88, "accept" and "reject" 0.82, "supported" and "opposed"
// 0.82), and crediting every word let false claims through on the tune
// part of the faithfulness answers at any cosine from 0.5 to 0.7. It only
// ever adds to the share of shared words (see coverageNum): names,
// numbers, dates, negation and drifting verbs are still matched exactly.

// minClaimRelated is the cosine from which a noun counts as said in other
// words: lower credits nouns that merely share a topic (0.6 let "Yes, the
// US is still taking part in the negotiations" through on the tune part),
// higher keeps fewer paraphrases ("talks" and "meeting" are 0.81).
const minClaimRelated = 0.8

// relatedIn reports whether one of words, a content word, is close in
// meaning to the claim's noun s (see minClaimRelated). It is false without
// the vectors, for a word that isn't a noun, and for other languages than
// English (the vectors are English).
func (a analysis) relatedIn(s claimStem, words map[string]struct{}) bool {
	if a.rel == nil || !s.noun || s.word == "" || a.lang != string(text.English) {
		return false
	}
	for w := range words {
		if contentWord(w) && a.rel.Similarity(s.word, w) >= minClaimRelated {
			return true
		}
	}
	return false
}

// tally counts a plain word of the claim: in the sources (found), or a
// noun they may have in other words (kept in missing for relatedCredit), or
// absent; a word of the question they lack says nothing against the claim.
func (a analysis) tally(s claimStem, found bool, in, plain int, missing *[]claimStem) (int, int) {
	switch {
	case found:
		return in + 1, plain + 1
	case s.noun:
		*missing = append(*missing, s)
	}
	if a.echoed(s) {
		return in, plain
	}
	return in, plain + 1
}

// relatedCredit counts the nouns of missing that one of sets has in other
// words (see relatedIn) as there, until enough says the claim has enough;
// they are compared only when its words fall short.
func (a analysis) relatedCredit(missing []claimStem, in, plain int, enough func(in, plain int) bool, sets ...map[string]struct{}) (int, int) {
	for _, s := range missing {
		if enough(in, plain) {
			break
		}
		for _, set := range sets {
			if a.relatedIn(s, set) {
				in++
				if a.echoed(s) {
					// Not counted as absent; now counted as there.
					plain++
				}
				break
			}
		}
	}
	return in, plain
}

// nounHeads returns the positions of the nouns a determiner introduces:
// the last of the content words that follow it ("talks" of "the Morocco
// talks", "conference" of "the migration conference").
func nounHeads(folded []string) []int {
	var out []int
	for k := 1; k < len(folded); k++ {
		if !determiners[folded[k-1]] {
			continue
		}
		j := k
		for j < len(folded) && contentWord(folded[j]) {
			j++
		}
		if j > k {
			out = append(out, j-1)
			k = j - 1
		}
	}
	return out
}

// determiners are the English words that come before a noun.
var determiners = map[string]bool{}

func init() {
	for _, w := range []string{"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our"} {
		determiners[w] = true
	}
}
