package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestMarked: the passage the explanation quotes is named by its marker,
// and the citation it does not quote is left for the caller to show.
func TestMarked(t *testing.T) {
	r := Result{
		Explanation: "The coverage says otherwise: “on Saturday” (trump-boycotts-un-migration-talks ¶2).",
		Citations: []footnote.Citation{
			{Doc: "trump-boycotts-un-migration-talks", Paragraph: 2, Quote: "on Saturday"},
			{Doc: "108-seattletimes-ap-poland", Paragraph: 5, Quote: "in September 2016"},
		},
	}
	labels := map[string]string{"trump-boycotts-un-migration-talks": "FP", "108-seattletimes-ap-poland": "TSTA"}
	text, rest := r.Marked(func(doc string) string { return labels[doc] })
	if want := "The coverage says otherwise: “on Saturday” [FP ¶2]."; text != want {
		t.Errorf("explanation %q, want %q", text, want)
	}
	if len(rest) != 1 || rest[0].Doc != "108-seattletimes-ap-poland" {
		t.Errorf("left for the caller: %+v, want the Seattle Times citation", rest)
	}
}
