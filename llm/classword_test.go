package llm

import (
	"strconv"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
)

// TestVerbInOtherWordsOfItsClass: a claim whose verb says its sentence's
// in another word of the same polarity class ("attended" for
// "participated") is kept, structured and inline, with the word vectors,
// and removed without them; a verb of another class ("boycotted" for
// "participated", "joined" for "withdrew", in two articles) or one the
// sentence negates is never credited.
func TestVerbInOtherWordsOfItsClass(t *testing.T) {
	v := loadVectors(t)
	const (
		haley = "Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process."
		// A sentence of the AP article on Poland.
		poland = "Hungary withdrew in July and Austria in October, while reservations are being expressed in other countries, too, including Bulgaria and the Czech Republic."
		// Haley's sentence, negated.
		negated = "Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations, though it never participated in the process."
	)
	for _, tt := range []struct {
		name      string
		qc        quotedClaim
		kept, off bool // with the vectors, without them
	}{
		{"same class", quotedClaim{"Haley argued the United States would have a better shot at influencing the negotiations if it attended the process", fixtureDoc, 6, haley}, true, false},
		{"the other class, another article", quotedClaim{"Hungary joined in July", polandDoc, 11, poland}, false, false},                                                                                                 // MUT
		{"the other class", quotedClaim{"Haley argued the United States would have a better shot at influencing the negotiations if it boycotted the process", fixtureDoc, 6, haley}, false, false},                      // MUT
		{"a word the sentence negates", quotedClaim{"Haley argued the United States would have a better shot at influencing the outcome of the negotiations, though it attended", fixtureDoc, 6, negated}, false, false}, // MUT
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := paraMap{tt.qc.Article: {tt.qc.Paragraph: tt.qc.Quote}}
			ps := []footnote.Passage{{Doc: tt.qc.Article, N: tt.qc.Paragraph, Text: tt.qc.Quote}}
			for _, withVectors := range []bool{true, false} {
				want := tt.off
				ev, ev2 := newEvidence(ps, m), newEvidence(ps, m)
				if withVectors {
					want = tt.kept
					ev.rel, ev2.rel = relatedness.New(v), relatedness.New(v)
				}
				q := checkQuoted([]quotedClaim{tt.qc}, ev)
				if got := len(q.cites) > 0; got != want {
					t.Errorf("structured, vectors %v: kept = %v (%q), want %v", withVectors, got, q.text, want)
				}
				in := postCheck(tt.qc.Text+" [¶"+strconv.Itoa(tt.qc.Paragraph)+"].", ev2)
				if got := len(in.cites) > 0; got != want {
					t.Errorf("inline, vectors %v: kept = %v (%q), want %v", withVectors, got, in.text, want)
				}
			}
		})
	}
}
