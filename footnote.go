// Package footnote holds Footnote's domain types and the small interfaces
// that its surfaces (the Discord bot and the CLI) and its adapters (retrieval,
// answerers, language models) meet.
//
// Data flows one way: a surface asks an Answerer a Question; the Answerer
// retrieves Passages, writes an Answer whose every claim carries a [¶N]
// Citation, and the surface renders it. Nothing in this package knows
// Discord, chromem-go or a model.
package footnote

import (
	"context"
	"slices"
	"strings"
	"time"
)

// Article is one document of the corpus: a news article with its metadata and
// its numbered paragraphs.
type Article struct {
	// ID is the article's file name without ".md".
	ID string
	// Label is the article's short source label in citation markers ("FP"
	// in "[FP ¶7]"), unique in its corpus; see AssignLabels.
	Label string
	// Title is the headline.
	Title string
	// Dek is the subtitle under the headline; it may be empty.
	Dek string
	// Author is the byline's name; it may be empty.
	Author string
	// AuthorNote is the author's bio line; it may be empty.
	AuthorNote string
	// Publication is the outlet's name; it may be empty.
	Publication string
	// Published is the publication date; zero if unknown.
	Published time.Time
	// PublishedMonth is the first day of the publication's month when
	// only the month is known (Published is then zero); zero otherwise.
	// Only the timeline reads it: a month is no day to answer "when" by.
	PublishedMonth time.Time
	// URL links to the article; it may be empty.
	URL string
	// Language is the article's language as an ISO 639-1 code ("en",
	// "pt"), from its front matter; empty when unknown (then analysis
	// detects it from the text).
	Language string
	// Paragraphs holds ¶0 (the header) at index 0, then ¶1..¶N of the body.
	Paragraphs []Paragraph
	// Copies are the other pages that carried this story (a wire copy at
	// another outlet, the same text at another URL), kept once under it.
	Copies []Copy
	// Hash is a content hash of the source file, used to re-embed only
	// articles that changed.
	Hash string
}

// Copy is another page that carried an article's story word for word.
type Copy struct {
	// Publication is the outlet that carried it; it may be empty.
	Publication string
	// URL links to the copy; it may be empty.
	URL string
	// Published is the copy's date; zero if unknown.
	Published time.Time
}

// Body returns the body paragraphs ¶1..¶N (without the ¶0 header).
func (a Article) Body() []Paragraph {
	if len(a.Paragraphs) == 0 {
		return nil
	}
	return a.Paragraphs[1:]
}

// Paragraph returns ¶n of the article and whether it exists.
func (a Article) Paragraph(n int) (Paragraph, bool) {
	if n < 0 || n >= len(a.Paragraphs) {
		return Paragraph{}, false
	}
	return a.Paragraphs[n], true
}

// Source is the article's publication and date, as "Foreign Policy,
// December 2, 2017"; either part may be missing, and then it is "".
func (a Article) Source() string {
	var parts []string
	if a.Publication != "" {
		parts = append(parts, a.Publication)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("January 2, 2006"))
	}
	return strings.Join(parts, ", ")
}

// Source is the copy's outlet and date, as Article.Source words them.
func (c Copy) Source() string {
	return Article{Publication: c.Publication, Published: c.Published}.Source()
}

// Paragraph is one numbered paragraph of an article.
type Paragraph struct {
	// Doc is the ID of the article the paragraph belongs to.
	Doc string
	// N is the paragraph number: 0 for the header, 1..N for the body.
	N int
	// Text is the paragraph's text, as in the article.
	Text string
}

// Passage is a retrieved paragraph (or a chunk of one) with its score.
type Passage struct {
	// Doc is the article's ID.
	Doc string
	// N is the paragraph number.
	N int
	// Text is the whole paragraph, even when a chunk of it matched.
	Text string
	// Score is the passage's fused retrieval score; higher is better. Scores
	// are comparable within one result list only.
	Score float64
}

// Citation ties a claim to a paragraph. Quote is a verbatim excerpt of the
// cited paragraph that supports the claim; an answer never carries a citation
// whose quote has not been found in its paragraph.
type Citation struct {
	// Doc is the cited article's ID.
	Doc string `json:"doc"`
	// Paragraph is the cited paragraph's number.
	Paragraph int `json:"paragraph"`
	// Quote is verbatim text of that paragraph that supports the claim.
	Quote string `json:"quote"`
}

// Mode says which answerer wrote an answer.
type Mode string

// The answer modes.
const (
	// ModeExtractive is an answer made of sentences quoted from the articles.
	ModeExtractive Mode = "extractive"
	// ModeLLM is an answer written by a language model and checked by code.
	ModeLLM Mode = "llm"
)

// Turn is one earlier exchange of a conversation, given as context to a
// follow-up question.
type Turn struct {
	// Question is what was asked.
	Question string
	// Answer is what was answered, as shown.
	Answer string
	// Docs are the IDs of the articles the answer cited, so that "the
	// last paragraph" in a follow-up means the article being discussed. It
	// may be empty.
	Docs []string
}

// Question is what a user asks.
type Question struct {
	// Text is the question as asked.
	Text string
	// History holds earlier exchanges, oldest first, when the question is a
	// follow-up (a reply to one of the bot's answers). It may be empty.
	History []Turn
}

// Answer is the reply to a Question.
type Answer struct {
	// Question is the question answered, trimmed.
	Question string
	// Text is the answer as shown to a person, with [¶N] after each claim.
	Text string
	// Refused is true when the articles don't answer the question; Text then
	// says so and lists what the corpus covers.
	Refused bool
	// Mode says which answerer wrote the answer.
	Mode Mode
	// Citations are the checked citations of Text, in order of appearance.
	Citations []Citation
	// Passages are the retrieved passages, best first.
	Passages []Passage
	// Note is an optional remark for the user, for example why a model's
	// answer was replaced by the extractive one.
	Note string
}

// Answerer answers questions from the corpus. The extractive answerer and the
// model-backed one both meet it; the bot and the CLI call it.
type Answerer interface {
	Answer(ctx context.Context, q Question) (Answer, error)
}

// StreamAnswerer is an Answerer that can report a partial answer while it is
// being written, so that a surface can show progress. partial receives the
// whole text so far (not a delta) and may be called many times; the returned
// Answer is the checked final one, which may differ from the last partial.
type StreamAnswerer interface {
	Answerer
	AnswerStream(ctx context.Context, q Question, partial func(text string)) (Answer, error)
}

// Retriever returns the passages that best match a query, best first.
type Retriever interface {
	Retrieve(ctx context.Context, query string, k int) ([]Passage, error)
}

// IndexStats reports what a (re)index did.
type IndexStats struct {
	// Articles is the number of articles indexed.
	Articles int
	// Paragraphs is the number of paragraphs indexed, ¶0 included.
	Paragraphs int
	// Embedded counts the paragraphs that were embedded anew (unchanged
	// articles reuse their stored vectors).
	Embedded int
	// Duration is how long the (re)index took.
	Duration time.Duration
}

// Library lists the indexed articles.
type Library interface {
	Articles() []Article
}

// Reindexer rebuilds the index from the documents.
type Reindexer interface {
	Reindex(ctx context.Context) (IndexStats, error)
}

// Docs returns the IDs of the articles the answer cites, in order of first
// citation.
func (a Answer) Docs() []string {
	var out []string
	for _, c := range a.Citations {
		if !slices.Contains(out, c.Doc) {
			out = append(out, c.Doc)
		}
	}
	return out
}
