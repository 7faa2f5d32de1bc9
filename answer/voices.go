package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
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
	// A question that asks nothing but what someone said ("what did the
	// UN say about it?") is answered by sentences where they say it, not
	// by any that names them ("Austria does not participate in UN
	// migration pact").
	var names []qterm
	for _, t := range bar.terms {
		if bar.ownStems[t.Stem] && t.Name {
			names = append(names, t)
		}
	}
	onlyNames := sayAboutIt.MatchString(own)
	// Another outlet's voice reports speech: the one the question names
	// speaks or takes a stand in it (see speaks, the bar the best sentence
	// met), or it holds a word of saying in lowercase ("…,” she said",
	// whose pronoun stands for a name paragraphs before; not the
	// "Declaration" of a name). A sentence that only names
	// them ("Es war … Nikki Haley, die gestern die Ankündigung gemacht
	// hat"; "… Luis Videgaray Caso, and … Louise Arbour … opened the
	// meeting") reports no word of theirs, and its citation carries no
	// answer.
	sp, asksSpeaker := e.speakerOf(own, bar.terms, bar.ownStems)
	reports := func(c sentence) bool {
		return !asksSpeaker || e.speaks(sp, c) || slices.ContainsFunc(text.Tokens(c.text), func(t text.Token) bool { return !startsUpper(t.Text) && saysWord(t) })
	}
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
		if seen[c.doc] || !bar.rivals(e, c, bestOwn) || (onlyNames && !e.saysName(names, c)) || !reports(c) {
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

// sayAboutIt matches a question that asks nothing but what someone named
// said: "What did the UN say about it?", "what has Guterres said?".
var sayAboutIt = regexp.MustCompile(`^\s*[Ww]hat\s+(did|does|do|has|have|had)\s+(the\s+)?(\p{Lu}[\p{L}.'’-]*\s+){1,4}(say|said|tell|told|announce|announced|claim|claimed|argue|argued|warn|warned)(\s+(about|of|on)\s+(it|this|that|them|these))?\s*\??\s*$`)

// sayVerbs are the words that tell who said something: "Guterres said",
// "says the UN", "according to the UN", "told reporters".
var sayVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true, "tell": true, "tells": true, "told": true,
	"announce": true, "announced": true, "claim": true, "claimed": true, "argue": true, "argued": true,
	"warn": true, "warned": true, "according": true, "stated": true, "noted": true, "added": true,
}

// sayerSpan is how many words from a word of sayVerbs a name may stand to
// be taken for the one who says ("Guterres, the UN chief, said"): wider
// takes a name the sentence only mentions for its speaker.
const sayerSpan = 4

// saysName reports whether sentence s gives one of names (by its stem or
// initials) as the speaker of a word of sayVerbs: within sayerSpan words
// before it, or after it when it follows a comma or a quote.
func (e *Extractive) saysName(names []qterm, s sentence) bool {
	toks := text.Tokens(s.text)
	for i, t := range toks {
		if !sayVerbs[strings.ToLower(t.Text)] {
			continue
		}
		// The speaker stands before the verb ("Guterres said"), or after
		// it when the verb follows what was said (`…," said Guterres`) or
		// is "according to".
		lo, hi := max(0, i-sayerSpan), i
		if i > 0 && strings.ContainsAny(s.text[toks[i-1].End:t.Start], ",”\"'") || strings.EqualFold(t.Text, "according") {
			hi = min(len(toks), i+sayerSpan+1)
		}
		if lo >= hi {
			continue
		}
		if e.spanNames(names, s.doc, s.text[toks[lo].Start:toks[hi-1].End]) {
			return true
		}
	}
	return false
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
