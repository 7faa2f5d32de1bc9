package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A time that dates another event than the act asked. News dates an act by
// the event it came before or after, and writes that event's time with it:
// "The U.S. announcement came just before the start Monday of a global
// conference on migration in Puerto Vallarta" gives Monday as the
// conference's start, not as the day of the announcement. A time that
// follows a temporal preposition (a closed class of the grammar) and a word
// naming an event, in the same clause, is that event's; it is a version of
// the act asked only when the event's words are the act's, by their stems
// ("after the vote on Wednesday" for "when did the General Assembly vote
// …"): the vectors relate the words of events to the act's ("start" is
// 0.66 from "leaving", 0.60 from "talks"), as they relate the light verbs
// of a time's clause (see timeAsk.action). intent.Events reads such a bound in
// the question; this reads it in the sentences that answer.

// referenceSpan is how many words may stand between the preposition and the
// time ("before the start Monday": two): wider reads a time the clause
// gives of its own act after a longer phrase as the event's.
const referenceSpan = 4

// referencePreps are the English prepositions that bound an act's time by
// another event's.
var referencePreps = map[string]bool{"before": true, "after": true, "until": true, "till": true, "since": true}

// ofReference reports whether the time at token i of toks (tokens of
// sentence text s, in language code) dates an event a temporal preposition
// names before it, within referenceSpan words and its clause, rather than
// the act ta asks the time of.
func (e *Extractive) ofReference(ta timeAsk, s, code string, toks []text.Token, i int) bool {
	var event []text.Token
	for j := i - 1; j >= 0 && j >= i-referenceSpan-1; j-- {
		if toks[j].EndsSentence || strings.Contains(s[toks[j].End:toks[j+1].Start], ",") {
			return false
		}
		w := strings.ToLower(toks[j].Text)
		if referencePreps[w] {
			return len(event) > 0 && !e.saysAny(ta.act, nil, 0, code, event)
		}
		if !text.IsStopWord(text.English, w) && !timeTokenAt(toks, j) {
			event = append(event, toks[j])
		}
	}
	return false
}
