package claimcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// sameSubjectShare is the share of a claim's content words (numbers
// aside) a sentence must hold to be about the same thing: lower calls a
// sentence on another matter a contradiction, higher misses a paraphrase.
const sameSubjectShare = 0.6

// claimWords is what a claim asserts, for comparing with a sentence.
type claimWords struct {
	content map[string]struct{} // folded content words, numbers aside
	numbers map[string]struct{} // the numbers it gives
}

func wordsOf(s string) claimWords {
	cw := claimWords{content: map[string]struct{}{}, numbers: map[string]struct{}{}}
	for _, w := range text.Words(s) {
		f := text.Fold(w.Text)
		switch {
		case strings.ContainsFunc(f, unicode.IsDigit):
			cw.numbers[f] = struct{}{}
		case utf8.RuneCountInString(f) > 2 && !isStop(f):
			cw.content[f] = struct{}{}
		}
	}
	return cw
}

// isStop reports whether f is a function word of any language the
// coverage is in: a claim may be in another language than its passage.
func isStop(f string) bool {
	for _, l := range []text.Lang{text.English, text.Spanish, text.German, text.French, text.Portuguese, text.Italian} {
		if text.IsStopWord(l, f) {
			return true
		}
	}
	return false
}

// contradiction returns a sentence of the passages about the claim's
// subject that gives it a different number or date: it holds most of the
// claim's words but none of a number the claim gives, and numbers of its
// own.
func contradiction(claim string, passages []footnote.Passage, paras footnote.Paragraphs) (footnote.Citation, bool) {
	cw := wordsOf(claim)
	if len(cw.numbers) == 0 || len(cw.content) == 0 {
		return footnote.Citation{}, false
	}
	for _, ps := range passages {
		p, ok := paras.Paragraph(ps.Doc, ps.N)
		if !ok {
			continue
		}
		for _, s := range text.Split(p.Text) {
			sw := wordsOf(s.Text)
			if len(sw.numbers) == 0 || share(cw.content, sw.content) < sameSubjectShare {
				continue
			}
			if share(cw.numbers, sw.numbers) > 0 || !footnote.QuoteIn(s.Text, p.Text) {
				continue
			}
			return footnote.Citation{Doc: p.Doc, Paragraph: p.N, Quote: s.Text}, true
		}
	}
	return footnote.Citation{}, false
}

// share is the share of a's words that b holds.
func share(a, b map[string]struct{}) float64 {
	held := 0
	for w := range a {
		_, ok := b[w]
		held += boolInt(ok)
	}
	return float64(held) / float64(max(len(a), 1))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// closest returns the first quotable sentence of the best passage: what
// the coverage says nearest to the claim.
func closest(passages []footnote.Passage, paras footnote.Paragraphs) (footnote.Citation, bool) {
	for _, ps := range passages {
		p, ok := paras.Paragraph(ps.Doc, ps.N)
		if !ok {
			continue
		}
		for _, s := range text.Split(p.Text) {
			if footnote.QuoteIn(s.Text, p.Text) {
				return footnote.Citation{Doc: p.Doc, Paragraph: p.N, Quote: s.Text}, true
			}
		}
	}
	return footnote.Citation{}, false
}
