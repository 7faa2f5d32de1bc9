package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim can take its sentence's words and turn its stance: "Szijjarto
// said Hungary would support the pact in a General Assembly vote" against
// "the country would also oppose the pact should it come up for a vote in
// the General Assembly". A verb after "would" or "to" is not held to the
// paragraph as a verb in the past is (that lost true claims), and the rest
// of the words are there, so it was shown in both forms.
//
// stanceFlipped removes such a claim: a verb of it that backs something
// (relatedness.Backs: "support", "endorse", "back") where its sentence
// opposes the same thing (relatedness.Opposes: "oppose", "reject"), or the reverse: the same object (the first
// content word after the verb, within objectWindow words) after a verb of
// the other stance, and the claim has no word of that stance itself. The
// object keeps paraphrases by double negation ("supported staying" for
// "opposed the withdrawal") out of it.

// objectWindow is how many words after a verb its object's first content
// word may be ("oppose the pact", "backed a pullout", "supported the
// U.N. pact"): wider reaches into the next clause.
const objectWindow = 3

// negationWindow is how many words before a verb a negation of it may be
// ("would not support", "did not strongly back"); wider reaches a
// negation of the clause before.
const negationWindow = 3

// Time order is a stance too, of a closed class: "Hungary will quit the
// pact after its final approval" against "before its final approval" was
// shown in both forms (prepositions are function words, which the check
// of shared words leaves out).

// beforeWords and afterWords are the prepositions of time order, folded,
// in the languages of the coverage; German "vor" and "nach" are left out,
// as they are as often "ago" and "to".
var (
	beforeWords = map[string]bool{"before": true, "antes": true, "avant": true, "prima": true}
	afterWords  = map[string]bool{"after": true, "despues": true, "apres": true, "dopo": true, "depois": true}
)

// stance is +1 for a word that backs something, -1 for one that opposes
// it, +2 for one that comes before it, -2 for one that comes after it, 0
// otherwise: two words are of opposite stance when their stances sum to 0.
func stance(f string) int {
	switch {
	case relatedness.Opposes(f):
		return -1
	case relatedness.Backs(f):
		return 1
	case beforeWords[f]:
		return 2
	case afterWords[f]:
		return -2
	}
	return 0
}

// stancedObjects returns, for each verb of a stance among folded, its
// stance (turned by a negation within negationWindow words before it:
// "will not support" opposes) and the stem of its object (see
// objectWindow).
func stancedObjects(folded []string) (out []stancedObject) {
	for i, f := range folded {
		s := stance(f)
		if s == 0 {
			continue
		}
		for k := max(0, i-negationWindow); k < i; k++ {
			if text.IsNegation(folded[k]) || folded[k] == "t" && k > 0 && strings.HasSuffix(folded[k-1], "n") {
				s = -s // "won't support", "did not back"
				break
			}
		}
		for j := i + 1; j < len(folded) && j <= i+objectWindow; j++ {
			if contentWord(folded[j]) {
				out = append(out, stancedObject{s, stem(folded[j])})
				break
			}
		}
	}
	return out
}

type stancedObject struct {
	stance int
	object string
}

// stanceFlipped reports whether the claim backs what the sentence st of
// paragraph src opposes, or opposes what it backs (see above). A paragraph
// that says the claim's stance too, on any object, is not judged: "Kelly
// and Sessions strongly supported the withdrawal" quoting "… strongly
// backed a pullout … The State Department initially opposed the
// withdrawal" takes its object from one sentence and its stance from the
// other, which words alone can't tell from a flip.
func (a analysis) stanceFlipped(st *sentence, src *source) bool {
	claims := stancedObjects(a.folded)
	if len(claims) == 0 {
		return false
	}
	if !hasStanceWord(st.words) {
		return false // cheap: most sentences take no stance
	}
	has := [5]bool{} // the claim's stances, by stance+2
	for _, c := range claims {
		has[c.stance+2] = true
	}
	flipped := false
	for _, s := range stancedObjects(st.sequence()) {
		if has[s.stance+2] {
			continue // the claim says it the sentence's way too
		}
		for _, c := range claims {
			if c.stance == -s.stance && c.object == s.object {
				flipped = true
			}
		}
	}
	if !flipped {
		return false
	}
	said := [5]bool{} // the paragraph's stances
	for i := range src.sents {
		if st := &src.sents[i]; hasStanceWord(st.words) {
			for _, s := range stancedObjects(st.sequence()) {
				said[s.stance+2] = true
			}
		}
	}
	for _, c := range claims {
		if said[c.stance+2] {
			return false
		}
	}
	return true
}

// hasStanceWord reports whether words (a sentence's, folded) hold a word
// of a stance.
func hasStanceWord(words map[string]struct{}) bool {
	for w := range words {
		if stance(w) != 0 {
			return true
		}
	}
	return false
}

// foldedWords returns the words of s, folded.
func foldedWords(s string) []string { return text.FoldWords(text.Words(s)) }
