package retrieval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// DefaultChunkWords is the default longest chunk, in words. A paragraph
// longer than this is split at sentence boundaries; each piece keeps the
// paragraph's number.
const DefaultChunkWords = 150

// The chunk caps bound what indexing costs: each chunk is embedded (a
// request to the server when the embeddings come from one) and held in
// memory with its vector, on every cold start.
const (
	// MaxArticleChunks caps the chunks of one article: twice the
	// paragraphs a corpus article may have, room for long paragraphs cut
	// at sentences; an article past it is skipped, not let crowd the index.
	MaxArticleChunks = 4000
	// MaxChunks caps the chunks of the whole index: 100,000 paragraphs and
	// a half more for headers and long ones, some 400 MB with the built-in
	// embedder (see notes/speed.md: 100,000 paragraphs load in
	// under a second and 400 MB).
	MaxChunks = 150_000
)

// ErrTooManyChunks is wrapped by the errors for an article or an index
// over a chunk cap.
var ErrTooManyChunks = errors.New("too many chunks")

// chunk is one unit of retrieval: a paragraph or a piece of a long one.
type chunk struct {
	Doc string
	N   int
	// Piece numbers the pieces of a paragraph split at sentences, from 0.
	Piece int
	// Index is what is indexed for the chunk's own field: its text, plus
	// for ¶0 the names of the header's fields (see headerFields).
	Index string
	// Context is a little text from the neighbouring paragraphs.
	Context string
	// sum identifies what was embedded (see embedSum). Once a snapshot is
	// made, only sum is kept: Index and Context are analysed and embedded
	// by then, and the paragraphs' text is in the articles.
	sum uint64
}

// Admit returns the articles within the chunk caps, as chunked with the
// index's settings. An article over MaxArticleChunks is left out and
// reported in skipped; if the others together pass MaxChunks, err says so
// (wrapping ErrTooManyChunks) and nothing is admitted.
func (ix *Index) Admit(articles []footnote.Article) (kept []footnote.Article, skipped []error, err error) {
	total := 0
	for _, a := range articles {
		n := countChunks(a, ix.opts.ChunkWords)
		if n > MaxArticleChunks {
			skipped = append(skipped, fmt.Errorf("article %s: %w: %d, over the cap of %d chunks per article", a.ID, ErrTooManyChunks, n, MaxArticleChunks))
			continue
		}
		total += n
		kept = append(kept, a)
	}
	if total > MaxChunks {
		return nil, skipped, fmt.Errorf("%w: the articles make %d chunks, over the cap of %d; remove articles or split the corpus", ErrTooManyChunks, total, MaxChunks)
	}
	return kept, skipped, nil
}

// checkChunkCaps is Admit's rule for chunks already made: any article over
// its cap, or an index over MaxChunks, is an error.
func checkChunkCaps(chunks []chunk) error {
	if len(chunks) > MaxChunks {
		return fmt.Errorf("%w: %d, over the cap of %d", ErrTooManyChunks, len(chunks), MaxChunks)
	}
	per := map[string]int{}
	for _, c := range chunks {
		if per[c.Doc]++; per[c.Doc] > MaxArticleChunks {
			return fmt.Errorf("article %s: %w: over the cap of %d chunks per article", c.Doc, ErrTooManyChunks, MaxArticleChunks)
		}
	}
	return nil
}

// countChunks is len(chunkArticle(a, maxWords)), without making them.
func countChunks(a footnote.Article, maxWords int) int {
	n := 0
	for _, p := range a.Paragraphs {
		if p.N == 0 {
			n++
			continue
		}
		n += len(splitWords(p.Text, maxWords))
	}
	return n
}

// chunkArticle splits an article into chunks.
func chunkArticle(a footnote.Article, maxWords int) []chunk {
	var out []chunk
	for _, p := range a.Paragraphs {
		ctx := neighbourContext(a, p.N)
		if p.N == 0 {
			out = append(out, chunk{Doc: a.ID, N: 0, Index: headerIndexText(a), Context: ""})
			continue
		}
		for i, piece := range splitWords(p.Text, maxWords) {
			out = append(out, chunk{Doc: a.ID, N: p.N, Piece: i, Index: piece, Context: ctx})
		}
	}
	return out
}

// ID names the chunk in messages: "article#¶#piece".
func (c chunk) ID() string { return fmt.Sprintf("%s#%d#%d", c.Doc, c.N, c.Piece) }

// chunkKey identifies a chunk across builds.
type chunkKey struct {
	doc      string
	n, piece int
}

func (c chunk) key() chunkKey { return chunkKey{c.Doc, c.N, c.Piece} }

// neighbourContext is the last two sentences of the previous body
// paragraph: enough to resolve "she" or "the meeting" to what was named
// just before. (The next paragraph is left out: it pulls a paragraph up for
// words that only its successor answers.)
func neighbourContext(a footnote.Article, n int) string {
	if n <= 1 {
		return ""
	}
	s := text.Sentences(a.Paragraphs[n-1].Text)
	return strings.Join(s[max(0, len(s)-2):], " ")
}

// splitWords splits text at sentence boundaries into pieces of at most
// maxWords words (a single longer sentence stays whole).
func splitWords(para string, maxWords int) []string {
	if len(strings.Fields(para)) <= maxWords {
		return []string{para}
	}
	var out []string
	var cur []string
	words := 0
	for _, s := range text.Sentences(para) {
		w := len(strings.Fields(s))
		if words > 0 && words+w > maxWords {
			out = append(out, strings.Join(cur, " "))
			cur, words = nil, 0
		}
		cur = append(cur, s)
		words += w
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// headerFieldWords names, for each field of ¶0, the words people use to ask
// about it, so that "Who wrote this?" or "Which outlet ran it?" finds the
// header. They describe the header's fields, not any one article.
var headerFieldWords = map[footnote.HeaderField]string{
	footnote.FieldTitle:      "headline title",
	footnote.FieldDek:        "subtitle subheading dek standfirst",
	footnote.FieldByline:     "author writer wrote written byline reporter journalist",
	footnote.FieldAuthorNote: "author writer biography background",
	footnote.FieldDateline:   "publication publisher published outlet newspaper magazine ran date day year",
	footnote.FieldLink:       "link url address web online source read",
}

// HeaderLineIndex returns the text indexed for one line of ¶0: the line and
// the names of its field.
func HeaderLineIndex(l footnote.HeaderLine) string {
	if l.Field == footnote.FieldLink {
		// The words of a URL repeat the title; indexing them would make
		// the link answer questions about the story.
		return headerFieldWords[l.Field]
	}
	return l.Text + " " + headerFieldWords[l.Field]
}

// headerIndexText is what is indexed for an article's ¶0.
func headerIndexText(a footnote.Article) string {
	var lines []string
	for _, l := range a.Header() {
		lines = append(lines, HeaderLineIndex(l))
	}
	return strings.Join(lines, "\n")
}
