package timeline

// commonWordShare is the share of the coverage's articles whose dated
// sentences use a word for it to be one of the story's common words: a
// coverage of one story writes "UN", "global", "compact" and "migration"
// in most of its articles, so two sentences sharing only such words need
// not tell one event (IRIN's headline "UN global compact for migration
// must be made fit for purpose" had joined Lajcak's regret over "a U.S.
// decision to withdraw from the global migration compact" by four of its
// seven words). Lower makes a story's recurring names (a minister quoted
// by a fifth of the outlets) common and splits their tellings; higher lets
// the story's vocabulary join unrelated sentences again. A quarter was
// chosen on the coverage's tune sets, where it changes only joins made of
// the story's vocabulary alone.
const commonWordShare = 0.25

// minCommonArticles is the fewest articles that make a word common,
// whatever their share: in a small collection (the three test articles, a
// handful of pages on one event) a word two of them use is what their
// tellings share, not the story's vocabulary, so nothing is common there
// and sentences join on their words alone, as before. Four is the least
// that keeps a name told by two or three outlets (an event's usual
// tellings) rare in a collection of any size.
const minCommonArticles = 4

// rarity tells the story's common words (commonWordShare) from the
// others, by the share of articles whose dated sentences use each (0 for
// a word fewer than minCommonArticles use).
type rarity map[string]float64

func newRarity(cands []candidate) rarity {
	return rarityOf(cands, func(x candidate) map[string]struct{} { return x.words })
}

// rarityOf is newRarity over the words of each candidate that of picks
// (its content words, or its cross-language keys).
func rarityOf(cands []candidate, of func(candidate) map[string]struct{}) rarity {
	df := map[string]map[string]bool{}
	docs := map[string]bool{}
	for _, x := range cands {
		docs[x.cite.Doc] = true
		for w := range of(x) {
			if df[w] == nil {
				df[w] = map[string]bool{}
			}
			df[w][x.cite.Doc] = true
		}
	}
	r := rarity{}
	for w, ds := range df {
		if len(ds) >= minCommonArticles {
			r[w] = float64(len(ds)) / float64(len(docs))
		}
	}
	return r
}

// sharesTelling reports whether a and b share a word that is not one of
// the story's common words: what two tellings of one event have in
// common beyond the story's vocabulary (a name, a number, an act).
func (r rarity) sharesTelling(a, b map[string]struct{}) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for w := range a {
		if _, ok := b[w]; ok && r[w] < commonWordShare {
			return true
		}
	}
	return false
}
