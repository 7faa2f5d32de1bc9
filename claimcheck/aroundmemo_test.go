package claimcheck

import (
	"maps"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// TestAroundMemoAsAround: what the memo gives for a paragraph is what
// around reads afresh, for every paragraph of three articles, asked twice
// (the second time from the memo).
func TestAroundMemoAsAround(t *testing.T) {
	c, ix := newChecker(t)
	m := newAroundMemo()
	n := 0
	for range 2 {
		for _, a := range ix.Articles() {
			for _, p := range a.Paragraphs {
				sup := footnote.Citation{Doc: a.ID, Paragraph: p.N}
				wantText, wantWords := c.around(sup, p, text.English)
				gotText, gotWords := m.of(c, sup, p, text.English)
				if gotText != wantText || !maps.Equal(gotWords, wantWords) {
					t.Fatalf("%s ¶%d: memo gives %q %v, around %q %v", a.ID, p.N, gotText, gotWords, wantText, wantWords)
				}
				n++
			}
		}
	}
	if len(m.paras) == 0 || len(m.paras)*2 != n {
		t.Errorf("%d paragraphs remembered for %d asked twice", len(m.paras), n)
	}
}
