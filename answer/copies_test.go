package answer

import (
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestCollapseCopies: a paragraph of one AP story at two sites (quotes
// and a word changed) is kept once, with the copy's article named; the
// paragraph the two sites print with different dates is kept from both,
// and so is a paragraph that says something else.
func TestCollapseCopies(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const fox, st = "083-foxnews-ap-austria", "108-seattletimes-ap-poland"
	ps := []footnote.Passage{{Doc: fox, N: 9}, {Doc: st, N: 6}, {Doc: fox, N: 3}, {Doc: st, N: 2}, {Doc: fox, N: 2}}
	kept, copies := e.collapseCopies(ps)
	want := []footnote.Passage{{Doc: fox, N: 9}, {Doc: fox, N: 3}, {Doc: st, N: 2}, {Doc: fox, N: 2}}
	if len(kept) != len(want) {
		t.Fatalf("kept %+v, want %+v", kept, want)
	}
	for i := range want {
		if kept[i].Doc != want[i].Doc || kept[i].N != want[i].N {
			t.Errorf("kept[%d] = %s ¶%d, want %s ¶%d", i, kept[i].Doc, kept[i].N, want[i].Doc, want[i].N)
		}
	}
	if got := copies[[2]any{fox, 9}]; len(got) != 1 || got[0] != st {
		t.Errorf("copies of %s ¶9 = %v, want [%s]", fox, got, st)
	}
}
