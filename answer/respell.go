package answer

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// A misspelt question word ("decleraton", "securty") often stems apart
// from the article's word, too far for the index's near-miss matching of
// stems; it is compared, unstemmed, with the words of the retrieved
// articles instead.
const (
	// minRespellLen is the shortest question word respelt: shorter words
	// have too many neighbours one letter away.
	minRespellLen = 5
	// twoEditsLen is the length from which a word may be two edits from
	// the article's: long words are misspelt more, and rarely collide.
	twoEditsLen = 8
)

// vocabulary returns the lowercased words of the article, made once.
func (aa *articleAnalysis) vocabulary() map[string]bool {
	aa.mu.Lock()
	defer aa.mu.Unlock()
	if aa.vocab == nil {
		aa.vocab = map[string]bool{}
		for _, p := range aa.art.Paragraphs {
			for _, w := range text.Words(p.Text) {
				if len(w.Text) >= minRespellLen-1 {
					aa.vocab[strings.ToLower(w.Text)] = true
				}
			}
		}
	}
	return aa.vocab
}

// respell returns the word of the passages' articles that a question word
// the corpus lacks, and everyday English too, is a misspelling of: the closest within one edit (two
// for a long word), the first in sorted order among equals.
func (e *Extractive) respell(word string, passages []footnote.Passage) (string, bool) {
	if retrieval.Zipf(word) > 0 {
		// An English word ("hacked") is not a misspelling of the
		// article's ("backed").
		return "", false
	}
	return e.nearestSpelling(word, passages)
}

// nearestSpelling returns the word of the passages' articles closest in
// spelling to word, within one edit (two for a long word): the first in
// sorted order among equals; false when none is, or word is too short to
// tell.
func (e *Extractive) nearestSpelling(word string, passages []footnote.Passage) (string, bool) {
	n := len([]rune(word))
	if n < minRespellLen {
		return "", false
	}
	maxEdits := 1
	if n >= twoEditsLen {
		maxEdits = 2
	}
	best, bestD := "", maxEdits+1
	for _, doc := range docsOf(passages) {
		for w := range e.articleAnalysis(doc).vocabulary() {
			if d := editDistance(word, w, maxEdits); d < bestD || d == bestD && w < best {
				best, bestD = w, d
			}
		}
	}
	return best, bestD <= maxEdits
}

// editDistance is the Damerau–Levenshtein distance of a and b (inserts,
// deletes, substitutions and swaps of neighbours), or max+1 when it is
// more than max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], max+1)
}

// misspeltFunctionWord reports whether a question word that neither the
// corpus nor everyday English knows is an English function word misspelt
// ("abuot", "becuase", "agianst"): like the word itself it asks about
// nothing, where read as a rare word it would carry the most weight of
// the question and leave every sentence short of it. Function words are
// a closed class (the index's stop words, text.NearStopWord).
func misspeltFunctionWord(qlang, word string) bool {
	return (qlang == "" || qlang == "en") && retrieval.Zipf(word) == 0 && text.NearStopWord(text.English, strings.ToLower(word))
}
