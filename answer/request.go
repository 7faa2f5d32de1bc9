package answer

import (
	"context"
	"fmt"
	"slices"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/intent"
)

// Request is a question read for answering: what it asks for and the
// passages it is answered from. Both answerers build one with Prepare, so a
// paragraph reference means the same to each.
type Request struct {
	// Intent is what the question asks for besides its words.
	Intent intent.Intent
	// Named is the paragraph the question names, resolved to one article;
	// nil when it names none, names one no article has, or could mean
	// several articles (then Ambiguous lists them).
	Named *footnote.Paragraph
	// Ambiguous lists the IDs of the articles a paragraph reference could
	// mean when neither the question nor the conversation says which.
	Ambiguous []string
	// Passages are the retrieved passages, best first, with the named
	// paragraph first when there is one.
	Passages []footnote.Passage
}

// namedArticleDepth is how many times deeper than usual the ranking is read
// when the question names its articles, since passages of the others are
// then left out. Deeper finds more of the named article's passages in a
// large corpus, at the cost of ranking more.
const namedArticleDepth = 8

// Prepare reads q's intent against the library and retrieves up to k
// passages for query (the question, or a follow-up with the question it
// follows).
func Prepare(ctx context.Context, lib footnote.Library, r footnote.Retriever, q footnote.Question, query string, k int) (Request, error) {
	arts := lib.Articles()
	req := Request{Intent: intent.Parse(q.Text, arts)}
	if req.Intent.HasParagraph {
		var convo []string
		if len(q.History) > 0 {
			convo = q.History[len(q.History)-1].Docs
		}
		doc, candidates := req.Intent.Resolve(arts, convo)
		req.Ambiguous = candidates
		if len(candidates) < 2 {
			req.Ambiguous = nil
		}
		for _, a := range arts {
			if a.ID != doc {
				continue
			}
			n := req.Intent.Paragraph
			if req.Intent.Last {
				n = len(a.Paragraphs) - 1
			}
			if p, ok := a.Paragraph(n); ok {
				req.Named = &p
				req.Passages = append(req.Passages, footnote.Passage{Doc: p.Doc, N: p.N, Text: p.Text, Score: 1})
			}
		}
	}
	// A question that names articles is answered from them, ranked by its
	// other words; the outlet's name would only pull up bylines.
	want := k
	if len(req.Intent.Docs) > 0 {
		if q.Text == query {
			query = req.Intent.Words
		}
		want = k * namedArticleDepth
	}
	found, err := r.Retrieve(ctx, query, want)
	if err != nil {
		return Request{}, fmt.Errorf("retrieve: %w", err)
	}
	for _, p := range found {
		if len(req.Intent.Docs) > 0 && !slices.Contains(req.Intent.Docs, p.Doc) {
			continue
		}
		if req.Named != nil && p.Doc == req.Named.Doc && p.N == req.Named.N {
			continue
		}
		if len(req.Passages) == k {
			break
		}
		req.Passages = append(req.Passages, p)
	}
	return req, nil
}
