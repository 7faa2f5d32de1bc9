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
		fixtureDoc: {5: fixtureParagraphs[5], 8: fixtureParagraphs[8], 2: fixtureParagraphs[2], 3: fixtureParagraphs[3], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7]},
		polandDoc:  {2: poland2},
	}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: fixtureDoc, N: 8}, {Doc: fixtureDoc, N: 2}, {Doc: fixtureDoc, N: 3}, {Doc: fixtureDoc, N: 6}, {Doc: fixtureDoc, N: 7}, {Doc: polandDoc, N: 2}}
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
		// The verb's sentence speaks of the claim's person by a pronoun
		// (¶7, "She was ultimately overruled…") or by a title the article
		// writes before the name (¶3, "The U.S. president's decision…").
		{"Haley was ultimately overruled by the president [FP ¶7].", true},
		{"Trump's decision highlighted the enduring influence of Stephen Miller [FP ¶3].", true},
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

// TestPronounBefore: a subject pronoun before the verb refers back to
// someone named before; a possessive ("its policy planning chief") does
// not, nor a pronoun after the verb.
func TestPronounBefore(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 7: fixtureParagraphs[7], 2: fixtureParagraphs[2]}}
	ev := newEvidence([]footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: fixtureDoc, N: 7}, {Doc: fixtureDoc, N: 2}}, m)
	tests := []struct {
		n    int
		verb string
		sent int
		want bool
	}{
		{7, "overruled", 0, true}, // "She was ultimately overruled…"
		{5, "reversed", 1, false}, // "…but its policy planning chief, Brian Hook, … reversed course"
		{2, "informed", 1, false}, // "…the U.S. mission … informed … that it was ending…"
		{5, "opposed", 1, false},  // no pronoun before "opposed"
	}
	for _, tt := range tests {
		src := ev.byN[tt.n][0]
		s := claimStem{s: stem(tt.verb), word: tt.verb, plain: true}
		if got := pronounBefore(&src.sents[tt.sent], s); got != tt.want {
			t.Errorf("¶%d %q: pronounBefore = %v, want %v (%q)", tt.n, tt.verb, got, tt.want, src.sents[tt.sent].text)
		}
	}
}
