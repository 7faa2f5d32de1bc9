package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestBorrowedVerb: an inline claim must not take its verb in the past
// from a sentence of the paragraph about other people, on more than one
// article; a claim whose verb is in the sentence with its own names (or in
// one that speaks of them by a pronoun) stays.
func TestBorrowedVerb(t *testing.T) {
	m := paraMap{
		fixtureDoc: {5: fixtureParagraphs[5], 8: fixtureParagraphs[8], 2: fixtureParagraphs[2]},
		polandDoc:  {2: poland2},
	}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: fixtureDoc, N: 8}, {Doc: fixtureDoc, N: 2}, {Doc: polandDoc, N: 2}}
	for i := range ps {
		p, _ := m.Paragraph(ps[i].Doc, ps[i].N)
		ps[i].Text = p.Text
	}
	tests := []struct {
		claim string
		keep  bool
	}{
		// ¶5: Kelly and Sessions backed the pullout; the State Department
		// opposed the withdrawal; Hook reversed course.
		{"Kelly and Sessions strongly opposed a pullout [FP ¶5].", false},
		{"John Kelly and Jeff Sessions initially opposed the withdrawal [FP ¶5].", false},
		{"Jeff Sessions reversed course and recommended ditching the negotiations [FP ¶5].", false},
		{"Kelly and Sessions strongly backed a pullout [FP ¶5].", true},
		{"The State Department initially opposed the withdrawal [FP ¶5].", true},
		{"Brian Hook reversed course and recommended ditching the negotiations [FP ¶5].", true},
		// ¶8: Ban Ki-moon hosted the summit; the Obama administration
		// endorsed the declaration.
		{"Ban Ki-moon endorsed the New York declaration [FP ¶8].", false},
		{"The Obama administration hosted an international summit on migration [FP ¶8].", false},
		{"The New York declaration was endorsed by the Obama administration [FP ¶8].", true},
		{"Ban Ki-moon hosted an international summit on migration and refugees in September 2016 [FP ¶8].", true},
		// ¶2: Trump decided; the U.S. mission informed Guterres.
		{"On Saturday, the U.S. mission informed Secretary-General António Guterres that it was ending its participation [FP ¶2].", true},
		// The AP article, ¶2: the compact was finalized under U.N.
		// auspices; Marrakech is where it is to be approved.
		{"Morocco finalized the compact in July [AP ¶2].", false},
		{"The compact was finalized under U.N. auspices in July [AP ¶2].", true},
	}
	for _, tt := range tests {
		ev := newEvidence(ps, m)
		res := postCheck(tt.claim, ev)
		want := strings.TrimSuffix(tt.claim[:strings.Index(tt.claim, " [")], ".")
		if kept := strings.Contains(res.text, want); kept != tt.keep {
			t.Errorf("%q: kept %v, want %v (shown %q)", tt.claim, kept, tt.keep, res.text)
		}
	}
}

// TestBorrowedVerbQuoted: a structured claim quoting the sentence with the
// verb must be about that sentence's people.
func TestBorrowedVerbQuoted(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 8: fixtureParagraphs[8]}, polandDoc: {2: poland2}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5, Text: fixtureParagraphs[5]}, {Doc: fixtureDoc, N: 8, Text: fixtureParagraphs[8]}, {Doc: polandDoc, N: 2, Text: poland2}}
	tests := []struct {
		c    quotedClaim
		keep bool
	}{
		{quotedClaim{"The Obama administration hosted an international summit on migration", fixtureDoc, 8, "Ban Ki-moon hosted an international summit on migration and refugees"}, false},
		{quotedClaim{"Ban Ki-moon endorsed the New York declaration", fixtureDoc, 8, "The so-called New York declaration that came out of that meeting was endorsed by the Obama administration"}, false},
		{quotedClaim{"Jeff Sessions reversed course", fixtureDoc, 5, "its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course"}, false},
		{quotedClaim{"Ban Ki-moon hosted an international summit on migration", fixtureDoc, 8, "Ban Ki-moon hosted an international summit on migration and refugees"}, true},
		{quotedClaim{"Brian Hook reversed course", fixtureDoc, 5, "its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course"}, true},
		{quotedClaim{"The compact was finalized under U.N. auspices in July", polandDoc, 2, "was finalized under U.N. auspices in July"}, true},
		{quotedClaim{"Morocco finalized the compact in July", polandDoc, 2, "was finalized under U.N. auspices in July"}, false},
	}
	for _, tt := range tests {
		res := checkQuoted([]quotedClaim{tt.c}, newEvidence(ps, m))
		if kept := len(res.cites) > 0; kept != tt.keep {
			t.Errorf("%q: kept %v, want %v (shown %q)", tt.c.Text, kept, tt.keep, res.text)
		}
	}
}
