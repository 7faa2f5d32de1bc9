package llm

import (
	"slices"
	"sync"

	"github.com/footnote-bot/footnote"
)

// A bot answers many questions from the same paragraphs, and reading one
// for the check (its words folded, their stems, its sentences and their
// negations) is an eighth of a post-check. An Answerer keeps the
// paragraphs it has read, and each answer checks against its own copy of
// them: what the check fills in as it goes (a sentence's Snowball stems,
// its actors, a paragraph's quote tokens) is the answer's, so answers
// checked at once share only what no check writes.

// maxReadParagraphs is how many read paragraphs an Answerer keeps; past
// it they are all let go and read again as they are asked for. A read
// paragraph of the article keeps about 15 KB besides its text, so 2,048
// hold some 30 MB: the paragraphs of about two hundred questions of ten
// passages each. More keeps more of a large coverage in memory; fewer
// reads more of it again.
const maxReadParagraphs = 2048

// paragraphReads holds the paragraphs read for earlier answers, by
// article and number; safe for concurrent use. A nil *paragraphReads
// keeps nothing.
type paragraphReads struct {
	mu   sync.Mutex
	read map[readKey]*source
}

type readKey struct {
	doc string
	n   int
}

// source returns p read for checking (readSource): a copy of the one
// read for an earlier answer when its text is the same, else read now
// and kept.
func (r *paragraphReads) source(p footnote.Paragraph) *source {
	if r == nil {
		return readSource(p)
	}
	k := readKey{p.Doc, p.N}
	r.mu.Lock()
	kept, ok := r.read[k]
	r.mu.Unlock()
	if !ok || kept.p.Text != p.Text {
		kept = readSource(p)
		kept.readAhead()
		r.mu.Lock()
		if r.read == nil || len(r.read) >= maxReadParagraphs {
			r.read = map[readKey]*source{}
		}
		r.read[k] = kept
		r.mu.Unlock()
	}
	return kept.forAnswer()
}

// forAnswer returns a copy of s, as read, for one answer: the maps and
// word slices read once are shared, as no check writes to them; the
// sentences, whose fields a check fills in, are copied.
func (s *source) forAnswer() *source {
	c := *s
	c.sents = slices.Clone(s.sents)
	return &c
}

// readAhead fills in, for a paragraph kept for later answers, what a check
// would otherwise work out again for each answer and that depends on the
// paragraph alone: its quote tokens, and each sentence's quotability,
// Snowball stems, polar words and gapped clauses. (What depends on the
// article's names, a sentence's actors and sides, is left to each
// answer.)
func (s *source) readAhead() {
	s.tokens()
	for i := range s.sents {
		st := &s.sents[i]
		s.quotable(i)
		st.snowStems()
		st.polarHits()
		st.gapPairs()
	}
}
