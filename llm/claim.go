package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// ClaimCheck is what retrieved passages say of a claim standing alone (a
// claim someone posted, not part of an answer), by the check every model
// answer gets. Each citation's quote is verified with footnote.QuoteIn.
type ClaimCheck struct {
	// Support cites a passage that supports the claim; nil when none does.
	Support *footnote.Citation
	// Opposite cites, for a claim that negates ("X never backed Y"), a
	// passage that supports it without its negation: the coverage says
	// the opposite. Nil otherwise.
	Opposite *footnote.Citation
}

// CheckClaim checks claimText against passages.
func CheckClaim(claimText string, passages []footnote.Passage, paras footnote.Paragraphs) ClaimCheck {
	ev := newEvidence(passages, paras)
	known := ev.foreignKnown(claimText)
	// A claim in another language shares few words with its passage, as
	// a model's answer in the asker's language does: it is checked, as
	// that answer is, against the passages as if it cited each of them,
	// held to its names, numbers and dates (agreesWith).
	var refs []footnote.MarkerRef
	if known != nil {
		for _, p := range passages {
			refs = append(refs, footnote.MarkerRef{N: p.N})
		}
	}
	first := func(c string) *footnote.Citation {
		j := ev.judge(claim{lead: c, check: c, sentStart: true, refs: refs, marked: len(refs) > 0}, known)
		for _, s := range j.sup {
			if footnote.QuoteIn(s.quote, s.src.p.Text) {
				return &footnote.Citation{Doc: s.src.p.Doc, Paragraph: s.src.p.N, Quote: s.quote}
			}
		}
		return nil
	}
	res := ClaimCheck{Support: first(claimText)}
	if res.Support != nil {
		return res
	}
	var kept []string
	negated := false
	for _, w := range strings.Fields(claimText) {
		if text.IsNegation(text.Fold(strings.Trim(w, ".,;:!?"))) {
			negated = true
			continue
		}
		kept = append(kept, w)
	}
	if negated {
		res.Opposite = first(strings.Join(kept, " "))
	}
	return res
}
