package answer

import (
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestCollapseCopies: a paragraph copied at another site with its quotes,
// dashes and a word changed is kept once, with the copy's article named;
// one that changes a number, or says something else, is kept.
func TestCollapseCopies(t *testing.T) {
	const (
		ap   = "But last December, the United States said it was ending its participation in negotiations on the compact, stating that numerous provisions were \"inconsistent with U.S. immigration and refugee policies\" under President Donald Trump."
		copy = "But last December, the United States said it was ending its participation in the negotiations on the compact, stating that numerous provisions were “inconsistent with U.S. immigration and refugee policies” under President Donald Trump."
		fox  = "It is due to be formally approved at a meeting in Marrakech, Morocco, from Dec. 11-12."
		st   = "It is due to be formally approved at a meeting in Marrakech, Morocco, from Dec. 10-11."
	)
	ps := []footnote.Passage{{Doc: "a", N: 9, Text: ap}, {Doc: "b", N: 6, Text: copy}, {Doc: "a", N: 3, Text: fox}, {Doc: "b", N: 2, Text: st}}
	kept, copies := collapseCopies(ps)
	if len(kept) != 3 || kept[1].Doc != "a" || kept[2].Doc != "b" {
		t.Errorf("kept %+v", kept)
	}
	if got := copies[[2]any{"a", 9}]; len(got) != 1 || got[0] != "b" {
		t.Errorf("copies of a ¶9 = %v, want [b]", got)
	}
}
