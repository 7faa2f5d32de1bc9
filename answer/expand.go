package answer

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
)

// A question in other words than the articles' ("leaving the talks" for
// "ending its participation in the negotiations") may retrieve passages
// that hold none of its answer: before refusing it, the retrieval is run
// again with, for each of its words, the words of the retrieved articles
// closest in meaning.
const (
	// minExpansion is the cosine from which an article's word is added to
	// the query for a question word: lower adds words that merely share
	// a topic, and retrieves passages about something else. 0.6, 0.65 and
	// 0.7 gave the same figures on every set; the middle is kept.
	minExpansion = 0.65
	// maxExpansions is how many of an article's words are added for one
	// question word: more finds more paraphrases and dilutes the query.
	// Set at 2 before measuring; 1 and 3 gave the same figures on the tune
	// sets (notes/answering.md).
	maxExpansions = 2
)

// expanded returns query with, for each of its words that is no name or
// number, the words of the articles of passages closest in meaning to it
// (at least minExpansion, at most maxExpansions of them); false when none
// is added.
func (e *Extractive) expanded(query string, passages []footnote.Passage) (string, bool) {
	soft := e.softMatcher()
	if soft.v == nil {
		return query, false
	}
	vocab := map[string]bool{}
	for _, p := range passages {
		for w := range e.articleAnalysis(p.Doc).vocabulary() {
			vocab[w] = true
		}
	}
	words := slices.Sorted(maps.Keys(vocab))
	var added []string
	asked := askedWords(query)
	for _, t := range e.ix.Terms(query) {
		if t.Name || t.Number {
			continue
		}
		type near struct {
			w string
			c float64
		}
		var best []near
		for _, w := range words {
			if asked[w] {
				continue
			}
			if c := soft.similarity(t.Word, w); c >= minExpansion {
				best = append(best, near{w, c})
			}
		}
		slices.SortStableFunc(best, func(a, b near) int { return cmp.Compare(b.c, a.c) })
		for _, n := range best[:min(len(best), maxExpansions)] {
			added = append(added, n.w)
		}
	}
	if len(added) == 0 {
		return query, false
	}
	return query + " " + strings.Join(added, " "), true
}

// expandedPick is what retryExpanded found: the sentences picked, the
// passages retrieved (copies collapsed), the best TopK of them, and the
// copies.
type expandedPick struct {
	picked        []sentence
	all, passages []footnote.Passage
	copies        map[[2]any][]string
}

// retryExpanded answers own from the passages retrieved for the expanded
// query; false when nothing is added, the retrieval fails (the first
// answer, a refusal, stands) or the passages don't answer either.
func (e *Extractive) retryExpanded(ctx context.Context, q footnote.Question, query, own string, req Request) (expandedPick, bool) {
	exp, ok := e.expanded(query, req.Passages)
	if !ok {
		return expandedPick{}, false
	}
	again, err := Prepare(ctx, e.ix, e.ix, q, exp, e.TopK*versionDepth)
	if err != nil {
		return expandedPick{}, false
	}
	all, copies := e.collapseCopies(e.inWindow(again.Intent, again.Passages))
	passages := all[:min(len(all), e.TopK)]
	picked, ok := e.pick(query, own, passages)
	return expandedPick{picked: picked, all: all, passages: passages, copies: copies}, ok
}
