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

// A question in another language than its article meets few of the
// article's words, and the ranking then holds fewer paragraphs than the
// prompt's least (the Danish sn.dk article, asked in English, gave three
// of its ten): the model could not read, nor the check verify, the
// paragraph a claim needs. When the ranking holds fewer than atLeast
// paragraphs, the rest of the best-ranked paragraph's article follows them
// in the article's order, within the words allowed, as a short article
// goes in whole when the ranking reaches all of it.

// withArticle returns passages followed, when they are fewer than atLeast,
// by the other paragraphs of the first passage's article (from ¶1, as
// paras has them) while the words of all stay within words.
func withArticle(passages []footnote.Passage, paras footnote.Paragraphs, atLeast, words int) []footnote.Passage {
	if len(passages) == 0 || len(passages) >= atLeast {
		return passages
	}
	doc := passages[0].Doc
	total := 0
	have := map[int]bool{}
	for _, p := range passages {
		total += len(strings.Fields(p.Text))
		if p.Doc == doc {
			have[p.N] = true
		}
	}
	out := passages
	for n := 1; n <= maxArticleParagraphs; n++ {
		p, ok := paras.Paragraph(doc, n)
		if !ok {
			break
		}
		if have[n] {
			continue
		}
		k := len(strings.Fields(p.Text))
		if total+k > words {
			break
		}
		total += k
		out = append(out, footnote.Passage{Doc: doc, N: n, Text: p.Text})
	}
	return out
}

// maxArticleParagraphs bounds the paragraphs withArticle reads: the
// words allowed stop it long before on any article of the coverage (the
// longest has 60 paragraphs).
const maxArticleParagraphs = 1000
