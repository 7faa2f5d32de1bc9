package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
)

// referenceFields are the header lines a request for a citation is
// answered with: what a reference names (headline, author, outlet and
// date, link), without the dek or the author's note.
var referenceFields = []footnote.HeaderField{footnote.FieldTitle, footnote.FieldByline, footnote.FieldDateline, footnote.FieldLink}

// reference answers a request for a citation ("can you give me a proper
// citation for this article?") with the header lines of the articles it
// is about: those it names, else those the conversation is about, else
// the only article, else the article of the best passage.
func (e *Extractive) reference(ans footnote.Answer, req Request, q footnote.Question, labels map[string]string) footnote.Answer {
	docs := req.Intent.Docs
	if len(docs) == 0 && len(q.History) > 0 {
		docs = q.History[len(q.History)-1].Docs
	}
	if arts := e.ix.Articles(); len(docs) == 0 && len(arts) == 1 {
		docs = []string{arts[0].ID}
	}
	if len(docs) == 0 && len(ans.Passages) > 0 {
		docs = []string{ans.Passages[0].Doc}
	}
	var parts []string
	for _, doc := range docs[:min(len(docs), maxSummaries)] {
		for _, l := range e.article(doc).Header() {
			if !slices.Contains(referenceFields, l.Field) {
				continue
			}
			parts = append(parts, cite(l.Text, labels[doc], 0))
			ans.Citations = append(ans.Citations, e.citation(doc, 0, l.Text))
		}
	}
	if len(parts) == 0 {
		return e.refuse(ans)
	}
	return e.finish(ans, strings.Join(parts, " "))
}
