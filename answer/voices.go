package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
)

// maxVoices caps the outlets an answer to "what did X say?" quotes: the
// best sentence and up to maxVoices-1 others that say something else.
// More reads like a list; fewer leaves out what other outlets report.
const maxVoices = 3

// sayQuestion matches a question about what someone said ("what did the
// UN say about it?", "what did Haley tell reporters?").
var sayQuestion = regexp.MustCompile(`(?i)^\s*what\s+(did|does|do|has|have|had)\b.*\b(say|said|tell|told|announce|announced|claim|claimed|argue|argued|warn|warned)\b`)

// voices returns, for a question about what someone named said, the sentences of
// other outlets that answer it nearly as well as the picked ones (see
// answerBar.rivals) and say something else (at most maxLeadOverlap of
// their words already quoted or agreeing), one per article, up to
// maxVoices in all: what each outlet reports of it. For other questions,
// and when the agreeing outlets are all there is, none.
func (e *Extractive) voices(query, own string, picked []sentence, passages []footnote.Passage, ag agreement) []sentence {
	if askedKind(own) != kindAny || !sayQuestion.MatchString(own) || len(picked) == 0 {
		return nil
	}
	bar, ok := e.newAnswerBar(query, own, passages)
	if !ok || !slices.ContainsFunc(bar.terms, func(t qterm) bool { return t.Name && bar.ownStems[t.Stem] }) {
		return nil // no one named whose words to gather
	}
	_, bestOwn := bar.best(picked)
	seen := map[string]bool{}
	var said []map[string]bool
	for _, s := range append(append([]sentence{}, picked...), ag.cited...) {
		seen[s.doc] = true
		said = append(said, s.stems)
	}
	var out []sentence
	for _, c := range e.sentences(passages) {
		if len(picked)+len(out) >= maxVoices {
			break
		}
		if seen[c.doc] || !bar.rivals(e, c, bestOwn) {
			continue
		}
		repeats := false
		for _, st := range said {
			if e.overlap(c.stems, st) > maxLeadOverlap {
				repeats = true
				break
			}
		}
		if repeats {
			continue
		}
		seen[c.doc] = true
		said = append(said, c.stems)
		out = append(out, c)
	}
	return out
}

// voiceText writes the other outlets' sentences after an answer that
// reads so far: "B reports: … [B ¶2]."; a headline quoted without a final
// stop gets one first.
func (e *Extractive) voiceText(so string, vs []sentence, labels map[string]string) string {
	var b strings.Builder
	for _, s := range vs {
		if !strings.HasSuffix(strings.TrimSpace(so+b.String()), ".") {
			b.WriteByte('.')
		}
		b.WriteString(" " + e.dated(s.doc) + " reports: " + cite(s.text, labels[s.doc], s.n))
	}
	return b.String()
}
