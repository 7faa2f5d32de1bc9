package llm

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
	"github.com/footnote-bot/footnote/text"
)

// deltas splits text the way the fake server streams it: word-sized
// pieces with their leading space.
func deltas(text string) []string {
	var out []string
	for len(text) > 0 {
		i := len(text) - len(strings.TrimLeft(text, " \n"))
		j := strings.IndexAny(text[i:], " \n")
		if j < 0 {
			j = len(text) - i
		}
		out = append(out, text[:i+j])
		text = text[i+j:]
	}
	return out
}

func TestCompleteClaims(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Haley dissented [¶6]. Kelly backed", "Haley dissented [¶6]."},
		{"Haley dissented [¶6].", ""},
		{"Haley dissented [¶6].  Kelly", "Haley dissented [¶6]."},
		{"The U.S. ambassador to the United Nations, Nikki Haley, dissented [¶6]. The U.S.", "The U.S. ambassador to the United Nations, Nikki Haley, dissented [¶6]."},
		{"- Kelly backed a pullout [¶5]\n- Haley", "- Kelly backed a pullout [¶5]"},
		{"Why? Because [¶6]", "Why?"},
		{"no sentence end at all", ""},
		{"He said “no.” She", "He said “no.”"}, // the quote closes after the stop
		{"He said “no.”", ""},                  // a quote after the stop: wait for more
	}
	for _, tt := range tests {
		if got := completeClaims(tt.in); got != tt.want {
			t.Errorf("completeClaims(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// Fed in pieces, the cut is the same.
		var c text.Stream
		sofar := ""
		for _, d := range deltas(tt.in) {
			sofar += d
			c.Feed(sofar)
		}
		if got := tt.in[:c.Cut()]; got != tt.want {
			t.Errorf("fed in pieces, %q cut to %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPartialCheckerRunsPerSentence: the partial check runs when a sentence
// is completed, not on every delta, and each byte of the stream is looked
// at once, so a long answer (or one without sentence ends) costs linear
// time instead of rescanning the whole text on every delta.
func TestPartialCheckerRunsPerSentence(t *testing.T) {
	lib := &library{retrieve: retrieved}
	ps, _ := lib.Retrieve(t.Context(), "", 10)
	var shown []string
	p := &partialChecker{ev: newEvidence(ps, lib), partial: func(s string) { shown = append(shown, s) }}
	reply := "Nikki Haley expressed the lone dissent [¶6]. John Kelly and Jeff Sessions strongly backed a pullout [¶5]. " +
		strings.Repeat("and then the model rambled on ", 400) + "without ever ending"
	text, n := "", 0
	for _, d := range deltas(reply) {
		text += d
		p.onText(text)
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d deltas", n)
	}
	if p.checks != 2 {
		t.Errorf("the post-check ran %d times for %d deltas, want 2 (once per completed sentence)", p.checks, n)
	}
	if p.cut.Scanned() != len(text) {
		t.Errorf("scanned %d bytes of %d", p.cut.Scanned(), len(text))
	}
	want := []string{
		"Nikki Haley expressed the lone dissent [¶6].",
		"Nikki Haley expressed the lone dissent [¶6]. John Kelly and Jeff Sessions strongly backed a pullout [¶5].",
	}
	if strings.Join(shown, "|") != strings.Join(want, "|") {
		t.Errorf("partials = %q, want %q", shown, want)
	}
}

// TestStreamSizeCap: a server that ignores max_tokens and streams on and on
// is cut off at the size cap; the user gets the extractive answer with a
// note, as for an answer cut at the token limit.
func TestStreamSizeCap(t *testing.T) {
	h := newHarness(t, retrieved, func(c *Config) {
		c.MaxTokens = 32
		// Checking 64 KB of sentences as they stream takes seconds under
		// the race detector on a loaded machine: the cap, not the
		// timeout, is what this test is about.
		c.Timeout = 2 * time.Minute
	})
	limit := h.a.cfg.maxAnswerBytes()
	if limit != 64<<10 {
		t.Fatalf("limit = %d, want the 64 KB floor", limit)
	}
	sentence := "Nikki Haley expressed the lone dissent [¶6]. "
	long := strings.Repeat(sentence, limit/len(sentence)+10)
	h.srv.ScriptChat(fakeopenai.Text(long))
	var partials int
	ans, err := h.a.AnswerStream(t.Context(), footnote.Question{Text: "Who dissented?"}, func(string) { partials++ })
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != footnote.ModeExtractive || !strings.Contains(ans.Note, "too long") || h.fb.calls != 1 {
		t.Fatalf("mode %s, note %q, fallback calls %d; want the extractive answer with a note", ans.Mode, ans.Note, h.fb.calls)
	}
	if partials == 0 {
		t.Error("no progress was shown before the cap")
	}
	if !strings.Contains(h.logs.String(), "size cap") {
		t.Errorf("the log doesn't say why:\n%.500s", h.logs.String())
	}
	assertVerified(t, h.lib, ans.Text, ans.Citations)

	// Under the cap, the same server's answer is used.
	h2 := newHarness(t, retrieved, func(c *Config) { c.MaxTokens = 32 })
	h2.srv.ScriptChat(fakeopenai.Text(strings.Repeat(sentence, 3)))
	ans, err = h2.a.Answer(t.Context(), footnote.Question{Text: "Who dissented?"})
	if err != nil || ans.Mode != footnote.ModeLLM {
		t.Fatalf("under the cap: %s, %q, %v", ans.Mode, ans.Note, err)
	}
	if !errors.Is(ErrTooLong, ErrTruncated) {
		t.Error("ErrTooLong is not an ErrTruncated")
	}
}
