package retrieval

import (
	"context"
	"fmt"
	"slices"

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
	seen := map[paraKey]bool{}
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
	// Walk the chunks best first until k distinct paragraphs are found,
	// from the best few, and more only if they come from fewer paragraphs.
	for m := k * chunksPerParagraph; ; m *= 2 {
		best, more := bestChunks(fused, lex, m)
		out = out[:0]
		clear(seen)
		for _, c := range best {
			ch := s.chunks[c]
			key := paraKey{ch.Doc, ch.N}
			if seen[key] {
				continue
			}
			seen[key] = true
			p, _ := s.m.Articles[s.byID[ch.Doc]].Paragraph(ch.N)
			out = append(out, footnote.Passage{Doc: ch.Doc, N: ch.N, Text: p.Text, Score: fused[c]})
			if len(out) == k {
				return out, nil
			}
		}
		if !more {
			return out, nil
		}
	}
}

// chunksPerParagraph is how many chunks are ranked, at first, for each
// paragraph wanted: more costs a longer selection, fewer a second one when
// a long paragraph's pieces crowd the top.
const chunksPerParagraph = 2

type paraKey struct {
	doc string
	n   int
}

// bestChunks returns the m chunks of positive fused score with the best
// scores, best first (ties by lexical score, then position), and whether
// other chunks of positive score were left out.
func bestChunks(fused, lex []float64, m int) ([]int, bool) {
	worse := func(a, b int) bool {
		if fused[a] != fused[b] {
			return fused[a] < fused[b]
		}
		if lex[a] != lex[b] {
			return lex[a] < lex[b]
		}
		return a > b
	}
	top := make([]int, 0, m)
	n := 0
	for c, v := range fused {
		if v > 0 {
			n++
			if len(top) == m && v < fused[top[0]] {
				continue
			}
			top = keepBest(top, m, c, worse)
		}
	}
	slices.SortFunc(top, func(a, b int) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return 0
	})
	return top, n > len(top)
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
	return s != nil && len(s.lex.expandFolded(stem)) > 0
}

// Matches returns the corpus stems that a question's stem stands for, with
// their weights (1 for itself, less for a near miss or a shared prefix).
func (ix *Index) Matches(stem string) map[string]float64 {
	s := ix.snap.Load()
	if s == nil {
		return nil
	}
	ms := s.lex.expandFolded(stem)
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
	res := s.vec.nearest(qv, candidates)
	if len(res) == 0 || res[0].sim <= 0 {
		return nil
	}
	top := float64(res[0].sim)
	for _, r := range res {
		if r.sim <= 0 {
			break
		}
		fused[r.chunk] += (1 - lexicalShare) * float64(r.sim) / top
	}
	return nil
}
