package footnote

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Paragraphs looks up a paragraph by article ID and number.
type Paragraphs interface {
	Paragraph(doc string, n int) (Paragraph, bool)
}

// minQuoteRunes is the shortest quote accepted as support: a word or two
// occurs in many paragraphs and proves nothing.
const minQuoteRunes = 12

// QuoteIn reports whether quote occurs in para once both are folded with
// text.Fold (whitespace, quotes, dashes, case and accents). Surrounding
// quotation marks and trailing punctuation of the quote are ignored.
func QuoteIn(quote, para string) bool {
	q := strings.Trim(text.Fold(quote), ` "'.,;:!?`)
	if len([]rune(q)) < minQuoteRunes {
		return false
	}
	return strings.Contains(text.Fold(para), q)
}

// CheckCitations keeps the citations whose paragraph exists and contains
// their quote, and returns the others as dropped. It is the one check every
// answerer runs before an answer is shown.
func CheckCitations(src Paragraphs, cites []Citation) (kept, dropped []Citation) {
	for _, c := range cites {
		p, ok := src.Paragraph(c.Doc, c.Paragraph)
		if ok && QuoteIn(c.Quote, p.Text) {
			kept = append(kept, c)
			continue
		}
		dropped = append(dropped, c)
	}
	return kept, dropped
}
