package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// An opening phrase of time ("In September 2016, …", "On Saturday, …")
// dates the sentence's main clause, however long its subject: "In
// September 2016, the 193 members of the UN General Assembly unanimously
// adopted a non-binding political declaration called the New York
// Declaration …" tells when the declaration was adopted, though "adopted"
// stands eleven words from "September", beyond actionSpan. Read by the
// window alone, the time was another act's, and a sentence whose "in 2018"
// stands next to "the adoption of a global compact" (another adoption)
// answered "When was the New York Declaration adopted?".

// datesMainClause reports whether the time at token i of sentence s
// (tokens toks, language code; its dateline ends at byte from) lies in an
// opening phrase of maxBareClause words or fewer, closed by a clause mark,
// and the clause after it holds a word of the question's action (by stem,
// as ofAct reads them), not of an event the question dates its act by.
func (e *Extractive) datesMainClause(ta timeAsk, s, code string, toks []text.Token, from, i int) bool {
	if len(ta.action) == 0 || toks[i].Start < from {
		return false
	}
	b := clauseBreakAfter(s, toks, max(1, firstTokenFrom(toks, from)))
	if b < 0 || i >= b || b-firstTokenFrom(toks, from) > maxBareClause {
		return false
	}
	end := clauseBreakAfter(s, toks, b+1)
	if end < 0 {
		end = len(toks)
	}
	main := toks[b:end]
	return e.saysAny(ta.action, nil, 0, code, main) && (len(ta.event) == 0 || !e.saysAny(ta.event, nil, 0, code, main))
}

// clauseBreakAfter returns the first j ≥ from where a clause mark stands
// between tokens j-1 and j of sentence s, or -1.
func clauseBreakAfter(s string, toks []text.Token, from int) int {
	for j := max(from, 1); j < len(toks); j++ {
		if toks[j].Start >= toks[j-1].End && strings.ContainsAny(s[toks[j-1].End:toks[j].Start], clauseMarks) {
			return j
		}
	}
	return -1
}

// firstTokenFrom returns the index of the first token of toks that starts
// at byte from or after (0 when from is 0).
func firstTokenFrom(toks []text.Token, from int) int {
	for j, t := range toks {
		if t.Start >= from {
			return j
		}
	}
	return len(toks)
}
