package retrieval

import (
	"container/heap"
	"context"
	"fmt"

	"github.com/footnote-bot/footnote"
)

const (
	// contextWeight is the weight of neighbour context in BM25F.
	contextWeight = 0.35
	// candidates is how deep each ranking is read before fusion.
	candidates = 50
	// lexicalShare is the lexical ranking's share of a fused score: higher
	// trusts the question's words, lower the hashed-trigram vectors, which
	// forgive spelling but blur meaning. 1.0 and 0.9 changed nothing on dev
	// or the dev-2 tune part, so it was left as it was.
	lexicalShare = 0.75
)

// Retrieve returns up to k passages for query, best first, ranked by its
// words (question intent, such as a paragraph it names, is read above
// retrieval, by package intent). Passage scores are the fused
// scores, in [0, 1].
func (ix *Index) Retrieve(ctx context.Context, query string, k int) ([]footnote.Passage, error) {
	s := ix.snap.Load()
	if s == nil {
		return nil, fmt.Errorf("retrieval: the index is empty")
	}
	if k <= 0 || len(s.chunks) == 0 {
		return nil, nil
	}
	var out []footnote.Passage
	seen := map[[2]any]bool{}
	stems := ix.Stems(query)
	if len(stems) == 0 {
		return out, nil
	}
	lex := make([]float64, len(s.chunks))
	maxLex := s.lex.score(stems, lex)
	fused := make([]float64, len(s.chunks))
	if err := ix.fuseScores(ctx, s, query, lex, maxLex, fused); err != nil {
		return nil, err
	}
	// Walk the chunks best first until k distinct paragraphs are found;
	// a heap avoids sorting every chunk of a large corpus.
	h := &chunkHeap{score: fused, lex: lex}
	for c, v := range fused {
		if v > 0 {
			h.idx = append(h.idx, c)
		}
	}
	heap.Init(h)
	for h.Len() > 0 && len(out) < k {
		c := heap.Pop(h).(int)
		ch := s.chunks[c]
		key := [2]any{ch.Doc, ch.N}
		if seen[key] {
			continue
		}
		seen[key] = true
		p, _ := s.m.Articles[s.byID[ch.Doc]].Paragraph(ch.N)
		out = append(out, footnote.Passage{Doc: ch.Doc, N: ch.N, Text: p.Text, Score: fused[c]})
	}
	return out, nil
}

// chunkHeap orders chunk indexes by fused score, then lexical score, then
// position, best first.
type chunkHeap struct {
	idx        []int
	score, lex []float64
}

func (h *chunkHeap) Len() int { return len(h.idx) }
func (h *chunkHeap) Less(i, j int) bool {
	a, b := h.idx[i], h.idx[j]
	if h.score[a] != h.score[b] {
		return h.score[a] > h.score[b]
	}
	if h.lex[a] != h.lex[b] {
		return h.lex[a] > h.lex[b]
	}
	return a < b
}
func (h *chunkHeap) Swap(i, j int) { h.idx[i], h.idx[j] = h.idx[j], h.idx[i] }
func (h *chunkHeap) Push(x any)    { h.idx = append(h.idx, x.(int)) }
func (h *chunkHeap) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}

// Weight returns how informative a question's stem is in this corpus: the
// BM25 idf of the stem, of its near misses if it is unknown, or the highest
// idf if nothing matches it.
func (ix *Index) Weight(stem string) float64 {
	s := ix.snap.Load()
	if s == nil {
		return 0
	}
	return s.lex.weight(stem)
}

// Known reports whether a stem, or a near miss of it, occurs in the corpus.
func (ix *Index) Known(stem string) bool {
	s := ix.snap.Load()
	return s != nil && len(s.lex.expand(stem)) > 0
}

// Matches returns the corpus stems that a question's stem stands for, with
// their weights (1 for itself, less for a near miss or a shared prefix).
func (ix *Index) Matches(stem string) map[string]float64 {
	s := ix.snap.Load()
	if s == nil {
		return nil
	}
	ms := s.lex.expand(stem)
	out := make(map[string]float64, len(ms))
	for _, m := range ms {
		if w, ok := out[s.lex.stems[m.id]]; !ok || m.w > w {
			out[s.lex.stems[m.id]] = m.w
		}
	}
	return out
}

// fuseScores combines the two rankings' scores, each scaled to [0, 1] by
// its best score: lexicalShare of the lexical one and the rest of the
// vector one. Unlike rank fusion it keeps how far ahead a clear lexical
// winner is.
func (ix *Index) fuseScores(ctx context.Context, s *snapshot, query string, lex []float64, maxLex float64, fused []float64) error {
	if maxLex > 0 {
		for c, v := range lex {
			fused[c] = lexicalShare * v / maxLex
		}
	}
	qv, err := ix.opts.Embed(ctx, query)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// The embedder (a server) is down: rank lexically, and say so.
		ix.opts.Logger.Warn("query embedding failed; ranking by words only", "err", err)
		return nil
	}
	if len(qv) != s.m.Dim {
		ix.opts.Logger.Warn("query embedding has another dimension than the index; ranking by words only (reindex)", "query_dim", len(qv), "index_dim", s.m.Dim)
		return nil
	}
	res, err := s.coll.QueryEmbedding(ctx, qv, min(candidates, s.coll.Count()), nil, nil)
	if err != nil {
		return fmt.Errorf("vector query: %w", err)
	}
	if len(res) == 0 || res[0].Similarity <= 0 {
		return nil
	}
	top := float64(res[0].Similarity)
	for _, r := range res {
		if r.Similarity <= 0 {
			break
		}
		if i, ok := s.chunkIdx[r.ID]; ok {
			fused[i] += (1 - lexicalShare) * float64(r.Similarity) / top
		}
	}
	return nil
}
