package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"
)

// The prompt holds the best Passages paragraphs the retriever finds, and
// then, in rank order, as many more of those it ranked as fit in
// ContextWords. The lexical ranking misses a paragraph that answers in
// other words ("why was the pact created" against "the pact was conceived
// after the biggest influx"); a model reads the words around it and finds
// it. A short article then goes into the prompt whole.

// maxContextPassages is how many ranked paragraphs are read for the
// prompt at most: the deepest the ranking is read, and the most
// paragraphs the check re-cites a claim among. It is the most
// FOOTNOTE_LLM_PASSAGES allows.
const maxContextPassages = 30

// contextPassages returns the passages of ranked that go into the prompt:
// the first atLeast of them, then each next one while the words of all so
// far stay within words.
func contextPassages(ranked []footnote.Passage, atLeast, words int) []footnote.Passage {
	total := 0
	for i, p := range ranked {
		n := len(strings.Fields(p.Text))
		if i >= atLeast && total+n > words {
			return ranked[:i]
		}
		total += n
	}
	return ranked
}
