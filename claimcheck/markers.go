package claimcheck

import (
	"fmt"
	"strings"

	"github.com/footnote-bot/footnote"
)

// Marked is the explanation with each passage it quotes named by the
// marker answers use ("[FP ¶2]") instead of "(doc ¶N)", and the citations
// it does not quote, for the caller to show after it. label gives an
// article's source label from its ID.
func (r Result) Marked(label func(doc string) string) (string, []footnote.Citation) {
	expl := strings.TrimSpace(r.Explanation)
	var rest []footnote.Citation
	for _, c := range r.Citations {
		byID := fmt.Sprintf("(%s ¶%d)", c.Doc, c.Paragraph)
		if strings.Contains(expl, byID) {
			expl = strings.ReplaceAll(expl, byID, footnote.Marker(label(c.Doc), c.Paragraph))
			continue
		}
		rest = append(rest, c)
	}
	return expl, rest
}
