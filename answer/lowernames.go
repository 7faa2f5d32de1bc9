package answer

import (
	"cmp"
	"slices"

	"github.com/footnote-bot/footnote"
)

// A question typed in lowercase ("who overruled haley", "what did italy
// decide") has no capitals to say which of its words are names. The words
// the articles write only as names are names in it too; a word the articles
// lack is taken for a name when its neighbours in meaning among the
// articles' words are names.

// Names the articles never use, written in lowercase ("italy", "biden"),
// are told from other words the articles lack by their neighbours in
// meaning: the words of the articles closest to them are names.
const (
	// minNameLike is the cosine from which a word's neighbour counts: lower
	// takes more words for names of things the articles name ("congress"
	// is 0.79 from "Senate"), higher misses more ("france" is 0.62 from
	// "Austria").
	minNameLike = 0.65
	// nameNeighbours is how many of its closest words must be names, each
	// at least minNameLike from it: one takes a word close to a single name
	// ("united" for "usa") for a name, three misses names whose kind the
	// articles name once or twice ("biden" is near "Barack" and "Obama"
	// only). Titles are written as names, so a word near two titles is
	// taken for one ("prime", near "Minister" and "Cabinet").
	nameNeighbours = 2
)

// nameLike reports whether word, which the articles lack and no capital
// marks as a name, is likely a name all the same: its nameNeighbours
// closest words among those of the articles of passages are names (see
// nameWordsOf), each at least minNameLike from it ("italy" is 0.72 from
// "Austria" and 0.68 from "Hungary"). Only the articles in the question's
// language lang ("" for English) are read, each word once: the vectors
// compare words of one language, and a word of another that is spelt like
// an English one is no neighbour in meaning ("exteriores" of the Spanish
// "Relaciones Exteriores" is 0.70 from "walls", and two Spanish pages
// writing it made "walls" a name the articles lack, refusing "What did
// Videgaray say Mexico believes in instead of walls?"; foreignnames.go).
func (e *Extractive) nameLike(word, lang string, names nameWords, passages []footnote.Passage) bool {
	soft := e.softMatcher()
	if soft.v == nil {
		return false
	}
	var near []float64 // the closest cosines, names only, best first
	beat := func(c float64) bool { return len(near) < nameNeighbours || c > near[len(near)-1] }
	closestOther := 0.0
	seen := map[string]bool{}
	for _, doc := range e.docsInLanguage(docsOf(passages), lang) {
		capital, lower := e.articleAnalysis(doc).nameWords()
		if capital[word] || lower[word] {
			return false // the articles' own word, whatever its stem
		}
		for _, set := range []map[string]bool{capital, lower} {
			for w := range set {
				if seen[w] {
					continue // one word written by two articles is one neighbour
				}
				seen[w] = true
				c := soft.similarity(word, w)
				if c < minNameLike {
					continue
				}
				if !names.is(w) {
					closestOther = max(closestOther, c)
				} else if beat(c) {
					near = append(near, c)
					slices.SortFunc(near, func(a, b float64) int { return cmp.Compare(b, a) })
					near = near[:min(len(near), nameNeighbours)]
				}
			}
		}
	}
	return len(near) == nameNeighbours && near[nameNeighbours-1] > closestOther
}

// nameWords are the words the articles of some passages write only as
// names: with a capital inside a sentence, and never in lowercase. A
// question in lowercase ("poland", "haley") names them all the same.
type nameWords struct {
	capital, lower []map[string]bool // each article's (see articleAnalysis.nameWords)
}

// nameWordsOf returns the name words of the articles of passages.
func (e *Extractive) nameWordsOf(passages []footnote.Passage) nameWords {
	var nw nameWords
	for _, doc := range docsOf(passages) {
		capital, lower := e.articleAnalysis(doc).nameWords()
		nw.capital = append(nw.capital, capital)
		nw.lower = append(nw.lower, lower)
	}
	return nw
}

// is reports whether the articles write w only as a name.
func (nw nameWords) is(w string) bool {
	for _, low := range nw.lower {
		if low[w] {
			return false
		}
	}
	for _, capital := range nw.capital {
		if capital[w] {
			return true
		}
	}
	return false
}

// docsOf returns the articles of passages, each once, in the order they
// are first retrieved.
func docsOf(passages []footnote.Passage) []string {
	var out []string
	for _, p := range passages {
		if !slices.Contains(out, p.Doc) {
			out = append(out, p.Doc)
		}
	}
	return out
}
