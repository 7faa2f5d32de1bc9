package corpus

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// How a page is found to add nothing to an article that tells its story.
const (
	// copyRunTokens is the length of the word runs compared: a word of a
	// page is held by an article when a run of this many words around it
	// is in the article. Shorter holds common phrases of unrelated
	// stories; longer lets a changed word cost its neighbours too.
	copyRunTokens = 3
	// copyWordsHeld is the share of a page's words an article must hold
	// for the page to be merged into it, and so bounds the rewording a
	// merge drops ("has endorsed" for "endorsed", a day moved in a
	// sentence): lower merges more versions of a story but loses more of
	// their wording; below it the page says enough of its own (a rewrite,
	// an added angle) to stay an article.
	copyWordsHeld = 0.8
	// copyParagraphHeld is the share of each paragraph's words the article
	// must hold: a paragraph below it is text the article lacks (an added
	// quote, a later development), which merging would lose.
	copyParagraphHeld = 0.5
	// copyCandidate is the signatures' estimated share of a page's
	// shingles in an article below which the word runs are not compared:
	// lower compares more pairs word by word, higher misses updated
	// versions of a wire story, whose 5-word shingles are often cut by one
	// edit in each.
	copyCandidate = 0.4
)

// storyText is what the copy test keeps of an article: its word runs and
// the numbers it gives.
type storyText struct {
	runs    map[string]bool
	numbers map[string]bool
}

// newStoryText indexes paragraphs for addsNothing.
func newStoryText(paragraphs []string) storyText {
	s := storyText{runs: map[string]bool{}, numbers: map[string]bool{}}
	for _, p := range paragraphs {
		ws := text.FoldedTokens(p)
		for i := 0; i+copyRunTokens <= len(ws); i++ {
			s.runs[strings.Join(ws[i:i+copyRunTokens], " ")] = true
		}
		for _, w := range ws {
			if text.IsDigits(w) {
				s.numbers[w] = true
			}
		}
	}
	return s
}

// addsNothing reports whether a page of these paragraphs tells nothing
// the article s does not: s holds most of its words (copyWordsHeld), at
// least half of each paragraph's (copyParagraphHeld), and every number it
// gives (a copy that changes a figure is another version of the story,
// kept for the answers to compare).
func (s storyText) addsNothing(paragraphs []string) bool {
	all, held := 0, 0
	for _, p := range paragraphs {
		ws := text.FoldedTokens(p)
		n := s.heldWords(ws)
		if float64(n) < copyParagraphHeld*float64(len(ws)) {
			return false
		}
		for _, w := range ws {
			if text.IsDigits(w) && !s.numbers[w] {
				return false
			}
		}
		all += len(ws)
		held += n
	}
	return all > 0 && float64(held) >= copyWordsHeld*float64(all)
}

// heldWords counts the words of ws that lie in a run of copyRunTokens
// words the article holds; a paragraph shorter than a run is held when it
// is a run of the article's.
func (s storyText) heldWords(ws []string) int {
	if len(ws) < copyRunTokens {
		if len(ws) > 0 && s.hasRun(ws) {
			return len(ws)
		}
		return 0
	}
	in := make([]bool, len(ws))
	for i := 0; i+copyRunTokens <= len(ws); i++ {
		if s.runs[strings.Join(ws[i:i+copyRunTokens], " ")] {
			for j := i; j < i+copyRunTokens; j++ {
				in[j] = true
			}
		}
	}
	n := 0
	for _, ok := range in {
		if ok {
			n++
		}
	}
	return n
}

// hasRun reports whether the article holds a run that starts with ws.
func (s storyText) hasRun(ws []string) bool {
	prefix := strings.Join(ws, " ") + " "
	for r := range s.runs {
		if strings.HasPrefix(r+" ", prefix) {
			return true
		}
	}
	return false
}
