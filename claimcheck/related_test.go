package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// TestRelatedWordsKeepPolarity: a word of the claim said in other words
// of its class counts as held; an opposite, however close by the vectors,
// or a word of no class, does not.
func TestRelatedWordsKeepPolarity(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	rel := relatedness.New(v)
	for _, tc := range []struct {
		claim, quote string
		want         int
	}{
		{"the council slammed the excuses", "The council lashed out at the excuses", 1},
		{"juncker called the move unacceptable", "Juncker described the move as unacceptable", 1},
		{"the council praised the excuses", "The council lashed out at the excuses", 0},
		{"dutton said the compact was mostly aimed at asia", "Dutton said the compact was primarily focused on Europe", 0},
		{"the assembly rejected the compact", "The assembly accepted the compact", 0},
	} {
		cw := wordsOf(tc.claim, text.English)
		s := sentence{cite: footnote.Citation{Quote: tc.quote}, lang: text.English, words: wordsOf(tc.quote, text.English)}
		if got := relatedHeld(tc.claim, cw, s, rel); got != tc.want {
			t.Errorf("%q against %q: %d words held in other words, want %d", tc.claim, tc.quote, got, tc.want)
		}
	}
}
