package answer

// coverMemo remembers coverOf of each candidate sentence of one question
// part under one matcher. A "when" question weighs its candidates up to
// four times (see pickPart and pickPartWith); the words each sentence
// covers don't change between those passes, only how they are weighed.
type coverMemo struct {
	terms []qterm
	cands []sentence
	soft  softMatcher
	done  []bool
	vals  []coverage
}

// coverage is what coverOf returns for one sentence.
type coverage struct {
	own, ctx, related float64
	n                 int
}

// newCoverMemo returns an empty memo of coverOf(terms, cands[i], soft).
func newCoverMemo(terms []qterm, cands []sentence, soft softMatcher) *coverMemo {
	return &coverMemo{terms: terms, cands: cands, soft: soft, done: make([]bool, len(cands)), vals: make([]coverage, len(cands))}
}

// of returns coverOf(terms, cands[i], soft), worked out once.
func (m *coverMemo) of(i int) (own, ctx, related float64, n int) {
	if !m.done[i] {
		o, c, r, k := coverOf(m.terms, m.cands[i], m.soft)
		m.vals[i], m.done[i] = coverage{o, c, r, k}, true
	}
	v := m.vals[i]
	return v.own, v.ctx, v.related, v.n
}
