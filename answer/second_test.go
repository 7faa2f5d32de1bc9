package answer

import (
	"fmt"
	"testing"
)

// TestSecondSentence: a second sentence is quoted only for what the best
// one leaves out and only when it is about the question too. One that
// shares with the question only the word the best sentence lacks, in another
// sense ("backed a pullout" for "back", "so-called" for "call", "32-year-old"
// for "old"), or a word the best sentence already answers ("day" of "what
// day…", answered by "Monday"), is not quoted.
func TestSecondSentence(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	const (
		fp      = "trump-boycotts-un-migration-talks"
		ap      = "108-seattletimes-ap-poland"
		reuters = "078-reuters-in-hungary-quit"
	)
	tests := []struct {
		q    string
		want []string // the paragraphs cited, as "doc ¶n"
	}{
		{"what was kelly's old job", []string{fp + " ¶5"}},
		{"trump made the call when exactly?", []string{fp + " ¶2"}},
		{"what day does the mexico conference start", []string{fp + " ¶1"}},
		{"what did szijarto call the pact", []string{reuters + " ¶3"}},
		{"when did austria pull out", []string{ap + " ¶8"}},
		// "The declaration included …" is about the New York declaration
		// named just before (anaphora.go): it leaves nothing out, and the
		// declaration's other sentence (¶12) is no longer quoted.
		{"what was the new york declaration supposed to protect", []string{fp + " ¶9"}},
	}
	for _, tt := range tests {
		a := ask(tt.q)
		var got []string
		for _, c := range a.Citations {
			got = append(got, fmt.Sprintf("%s ¶%d", c.Doc, c.Paragraph))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q cites %v, want %v\n%s", tt.q, got, tt.want, a.Text)
		}
	}
}
