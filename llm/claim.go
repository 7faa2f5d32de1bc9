package llm

import "github.com/footnote-bot/footnote"

// SupportingQuote checks a claim standing alone (a claim someone posted, not
// part of an answer) against passages with the check every model answer
// gets, and returns the citation of the first passage that supports it,
// its quote verified with footnote.QuoteIn; ok is false when none does.
func SupportingQuote(claimText string, passages []footnote.Passage, paras footnote.Paragraphs) (cite footnote.Citation, ok bool) {
	ev := newEvidence(passages, paras)
	var known func(string) bool
	if lang := language(claimText); lang != "" && ev.lang != "" && lang != ev.lang {
		known = ev.known
	}
	j := ev.judge(claim{lead: claimText, check: claimText, sentStart: true}, known)
	for _, s := range j.sup {
		if footnote.QuoteIn(s.quote, s.src.p.Text) {
			return footnote.Citation{Doc: s.src.p.Doc, Paragraph: s.src.p.N, Quote: s.quote}, true
		}
	}
	return footnote.Citation{}, false
}
