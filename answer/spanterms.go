package answer

// spanTerms remembers what the checks around a time read of a span of a
// sentence (the words near the time, its clause; see spanNames): its
// stems and the initials of its runs of names. A "what day" question over
// the coverage reads the same spans for every time of every candidate,
// once per name asked, and analysing them again was a third of the
// answer.
type spanTerms struct{ memo textMemo[*spanAnalysis] }

// spanAnalysis is a span's stems and, as a one-sentence paragraph, the
// initials of its runs of names (see paragraphAnalysis.joinedRuns, made
// on first use).
type spanAnalysis struct {
	stems map[string]bool
	para  *paragraphAnalysis
}

// maxSpanTerms is how many spans are remembered before the memo is
// emptied: more holds the spans of more questions at once (a "what day"
// question over the 80 coverage pages reads some 3,000; an entry is a few
// hundred bytes), fewer analyses more spans again.
const maxSpanTerms = 1 << 14

// of returns the analysis of span part in language code, remembered. It is
// shared: callers only read it.
func (c *spanTerms) of(an Analyzer, code, part string) *spanAnalysis {
	return c.memo.of(code, part, maxSpanTerms, func() *spanAnalysis {
		stems, _ := termSets(an, code, part)
		return &spanAnalysis{stems: stems, para: &paragraphAnalysis{sents: []string{part}}}
	})
}
