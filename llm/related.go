package llm

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

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

// A verb of the claim its sentences lack may be there in another word of
// its polarity class ("criticised" and "condemned", "participate" and
// "attend"): relatedness.Words.SameClass, the claim check's test, whose
// classes keep antonyms apart ("supported" is never "opposed", "stay"
// never "leave"), at its cosine (relatedness.MinSameClass). Only a word
// the claim doesn't have itself ("backed staying" is not said by the
// "backed" of "backed a pullout"), and one the sentence negates only for a
// word the claim negates ("is not backing" for "is not supporting");
// names, numbers, dates and negation are matched as before.

// classSaid reports whether one of sents says the claim's word s in
// another word of its polarity class (see above). It is false without the
// vectors, for a word of no class, and for other languages than English.
func (a analysis) classSaid(s claimStem, sents ...*sentence) bool {
	if a.rel == nil || s.word == "" || a.lang != string(text.English) || relatedness.ClassOf(s.word) == relatedness.NoClass {
		return false
	}
	_, claimNegates := a.neg.scope[s.s]
	for _, st := range sents {
		for w := range st.words {
			if _, negated := st.neg.scope[stem(w)]; negated != claimNegates || !contentWord(w) || a.hasWord(w) {
				continue
			}
			if a.rel.SameClass(s.word, w) || leavingPair(s.word, w) {
				return true
			}
		}
	}
	return false
}

// sentencesOf returns the sentences idx of src (all of them with idx nil).
func sentencesOf(src *source, idx []int) []*sentence {
	if idx == nil {
		out := make([]*sentence, len(src.sents))
		for i := range src.sents {
			out[i] = &src.sents[i]
		}
		return out
	}
	out := make([]*sentence, len(idx))
	for k, i := range idx {
		out[k] = &src.sents[i]
	}
	return out
}

// tally counts a plain word of the claim: in the sources (found), or a
// noun they may have in other words (kept in missing for relatedCredit), or
// absent; a word of the question they lack says nothing against the claim.
func (a analysis) tally(s claimStem, found bool, in, plain int, missing *[]claimStem) (int, int) {
	switch {
	case found && a.echoed(s) && len(a.facts) == 0:
		// A claim with no name, number or date says what is new in its
		// plain words: a word of the question it repeats is no evidence
		// for them ("The departing ministers held the foreign affairs and
		// justice portfolios" answering "Which portfolios did the
		// departing ministers hold?" shares only the question's words with
		// "… the departing N-VA ministers in the interior, finance, defence
		// and immigration portfolios"). With a fact, the fact carries it,
		// and the words it shares with the question place it.
		return in, plain
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
