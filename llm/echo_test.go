package llm

import (
	"strconv"
	"strings"
	"testing"
)

// expectShownAnswering is expectShownBothForms for a claim answering
// question: the words it repeats of the question are known to the check.
func expectShownAnswering(t *testing.T, m paraMap, question string, c quotedClaim, keep bool) {
	t.Helper()
	ev := evidenceOver(m)
	ev.echo = questionStems(question)
	res := checkQuoted([]quotedClaim{c}, ev)
	if shown := len(res.cites) > 0; shown != keep {
		t.Errorf("structured: shown %v, want %v (%q)", shown, keep, res.text)
	}
	ev = evidenceOver(m)
	ev.echo = questionStems(question)
	inline := postCheck(c.Text+" [¶"+strconv.Itoa(c.Paragraph)+"].", ev)
	if shown := strings.Contains(inline.text, c.Text); shown != keep {
		t.Errorf("inline: shown %v, want %v (%q)", shown, keep, inline.text)
	}
}

// TestQuestionWordsAreNoEvidence: a claim with no name, number or date must
// find what it adds to the question in its quote; the question's own
// words there don't count for it. On the AFP story on Belgium and the AP
// story on the General Assembly; the false claims were shown before.
func TestQuestionWordsAreNoEvidence(t *testing.T) {
	const belgium4 = "Michel also presented the king with the list of replacements for the departing N-VA ministers in the interior, finance, defence and immigration portfolios."
	m := paraMap{belgiumDoc: {4: belgium4}, gaDoc: {6: ga6}}
	const portfolios = "Which portfolios did the departing ministers hold?"
	const pathways = "What does the compact highlight?"
	for _, tt := range []struct {
		name, question string
		claim          quotedClaim
		keep           bool
	}{
		{"other portfolios", portfolios, quotedClaim{"The departing ministers held the foreign affairs and justice portfolios", belgiumDoc, 4, "the departing N-VA ministers in the interior, finance, defence and immigration portfolios"}, false},
		{"its portfolios", portfolios, quotedClaim{"The departing ministers held the interior and finance portfolios", belgiumDoc, 4, "the departing N-VA ministers in the interior, finance, defence and immigration portfolios"}, true},
		{"with a name, the question's words place it", portfolios, quotedClaim{"The departing N-VA ministers held the interior, finance, defence and immigration portfolios", belgiumDoc, 4, "the departing N-VA ministers in the interior, finance, defence and immigration portfolios"}, true},
		{"another thing highlighted", pathways, quotedClaim{"The compact highlights border checks", gaDoc, 6, "it highlights the imperative of devising more legal pathways for migration"}, false},
		{"what it highlights", pathways, quotedClaim{"The compact highlights the imperative of devising more legal pathways for migration", gaDoc, 6, "it highlights the imperative of devising more legal pathways for migration"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) { expectShownAnswering(t, m, tt.question, tt.claim, tt.keep) })
	}
}

// TestContradictedIsNotRecited: an inline claim its own paragraph
// contradicts (another count, an opposite superlative) is not re-cited to
// another paragraph that shares its other words. On the AFP story on
// Belgium and the AP story on the General Assembly.
func TestContradictedIsNotRecited(t *testing.T) {
	const belgium8 = "Interior minister and N-VA member Jan Jambon confirmed earlier on Sunday that he and the party’s other ministers would step down."
	m := paraMap{belgiumDoc: {2: belgium2, 8: belgium8}, gaDoc: {1: ga1, 3: ga3}}
	for _, tt := range []struct {
		reply string
		shown bool
	}{
		{"The N-VA was the smallest party in it [¶2].", false},
		{"The N-VA was the largest party in the coalition [¶2].", true},
		{"The assembly endorsed the accord over opposition from four countries [¶1].", false},
		{"The assembly endorsed the accord over opposition from five countries [¶1].", true},
	} {
		res := postCheck(tt.reply, evidenceOver(m))
		claim := strings.TrimSuffix(tt.reply[:strings.Index(tt.reply, " [")], ".")
		if shown := strings.Contains(res.text, claim); shown != tt.shown {
			t.Errorf("%q: shown %v (%q), want %v", tt.reply, shown, res.text, tt.shown)
		}
	}
}
