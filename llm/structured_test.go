package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

// TestStructuredAnswer: a server with structured output answers with
// claims and quotes; each claim is shown as soon as it is complete, under
// the paragraph its quote was found in, and the false ones are removed.
func TestStructuredAnswer(t *testing.T) {
	h := newHarness(t, []int{2, 5, 6, 7}, nil)
	h.srv.ScriptChat(fakeopenai.Structured(false,
		fakeopenai.Claim{Text: "Nikki Haley expressed the lone dissent", Article: fixtureDoc, Paragraph: 6,
			Quote: "Nikki Haley, the US ambassador to the United Nations, expressing the lone dissent"},
		fakeopenai.Claim{Text: "The US mission notified the United Nations on Friday", Article: fixtureDoc, Paragraph: 2,
			Quote: "On Friday, the U.S. mission to the United Nations informed Secretary-General António Guterres"},
		fakeopenai.Claim{Text: "She was overruled by the president", Article: fixtureDoc, Paragraph: 6,
			Quote: "She was ultimately overruled by the president"},
	))
	var partials []string
	ans, err := h.a.AnswerStream(t.Context(), footnote.Question{Text: "Who dissented, and what happened to her?"}, func(s string) {
		partials = append(partials, s)
	})
	if err != nil || ans.Mode != footnote.ModeLLM {
		t.Fatalf("answer %+v, %v", ans, err)
	}
	want := "Nikki Haley expressed the lone dissent [¶6]. She was overruled by the president [¶7]."
	if ans.Text != want {
		t.Errorf("text %q, want %q", ans.Text, want)
	}
	if strings.Contains(ans.Text, "Friday") || !strings.Contains(ans.Note, "1 statement") {
		t.Errorf("the false claim was shown, or not counted: %q (note %q)", ans.Text, ans.Note)
	}
	if len(ans.Citations) != 2 || ans.Citations[0].Paragraph != 6 || ans.Citations[1].Paragraph != 7 {
		t.Fatalf("citations %+v", ans.Citations)
	}
	if _, dropped := footnote.CheckCitations(h.lib, ans.Citations); len(dropped) > 0 {
		t.Errorf("unverified citations shown: %+v", dropped)
	}
	if len(partials) < 2 || partials[0] != "Nikki Haley expressed the lone dissent [¶6]." || partials[len(partials)-1] != want {
		t.Errorf("partials %q: want the first claim on its own first", partials)
	}
}

// TestStructuredNotInArticles: "not_in_articles" is a refusal.
func TestStructuredNotInArticles(t *testing.T) {
	h := newHarness(t, retrieved, nil)
	h.fb.refuse = true
	h.srv.ScriptChat(fakeopenai.Structured(true))
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "What is the capital of France?"})
	if err != nil || !ans.Refused {
		t.Fatalf("answer %+v, %v: want a refusal", ans, err)
	}
}

// TestServerWithoutStructuredOutput: the 400 for response_format costs
// one call, once; the question is asked again inline, and so is every
// later one.
func TestServerWithoutStructuredOutput(t *testing.T) {
	h := newHarnessWith(t, retrieved, nil, fakeopenai.WithoutStructuredOutput())
	h.srv.DefaultChat(fakeopenai.Text("Nikki Haley expressed the lone dissent [¶6]."))
	for range 2 {
		ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "Who dissented at the principals' meeting?"})
		if err != nil || ans.Mode != footnote.ModeLLM || ans.Text != "Nikki Haley expressed the lone dissent [¶6]." {
			t.Fatalf("answer %+v, %v", ans, err)
		}
	}
	reqs := h.srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3 (structured, inline, inline)", len(reqs))
	}
	for i, r := range reqs {
		if structured := len(r.Chat.ResponseFormat) > 0; structured != (i == 0) {
			t.Errorf("request %d: response_format %s", i, r.Chat.ResponseFormat)
		}
	}
	if !strings.Contains(reqs[1].Chat.Messages[0].Content, "NOT_IN_ARTICLES") {
		t.Error("the inline request lacks the inline prompt")
	}
}

// TestTextToStructuredRequest: a server that accepts response_format but
// answers inline text is checked inline, and asked inline from then on.
func TestTextToStructuredRequest(t *testing.T) {
	h := newHarness(t, retrieved, nil)
	h.srv.DefaultChat(fakeopenai.Text("Nikki Haley expressed the lone dissent [¶6]."))
	for range 2 {
		ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "Who dissented at the principals' meeting?"})
		if err != nil || ans.Text != "Nikki Haley expressed the lone dissent [¶6]." {
			t.Fatalf("answer %+v, %v", ans, err)
		}
	}
	reqs := h.srv.Requests()
	if len(reqs) != 2 || len(reqs[0].Chat.ResponseFormat) == 0 || len(reqs[1].Chat.ResponseFormat) != 0 {
		t.Errorf("requests: want one structured, then one inline")
	}
}

// TestStructuredCutShort: an answer cut at the token limit keeps its
// complete claims.
func TestStructuredCutShort(t *testing.T) {
	h := newHarness(t, retrieved, nil)
	r := fakeopenai.Structured(false,
		fakeopenai.Claim{Text: "Nikki Haley expressed the lone dissent", Article: fixtureDoc, Paragraph: 6, Quote: "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"},
		fakeopenai.Claim{Text: "She was overruled by the president", Article: fixtureDoc, Paragraph: 7, Quote: "She was ultimately overruled by the president"})
	r.Text = r.Text[:len(r.Text)-30]
	r.FinishReason = "length"
	h.srv.ScriptChat(r)
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "Who dissented at the principals' meeting?"})
	if err != nil || ans.Text != "Nikki Haley expressed the lone dissent [¶6]." {
		t.Fatalf("answer %+v, %v", ans, err)
	}
}

// TestFirstTokenTimeout: a server that accepts the call and says nothing
// is given up on at the first-token timeout, long before the call's
// timeout, with the extractive answer and a note saying why.
func TestFirstTokenTimeout(t *testing.T) {
	h := newHarness(t, retrieved, func(c *Config) {
		c.Timeout = time.Hour // the test would hang if this were the bound
		c.FirstTokenTimeout = 20 * time.Millisecond
		c.MaxRetries = 0
	})
	h.srv.ScriptChat(fakeopenai.Stall())
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "Who dissented at the principals' meeting?"})
	if err != nil || ans.Mode == footnote.ModeLLM || !strings.Contains(ans.Note, "did not start answering in time") {
		t.Fatalf("answer %+v, %v: want the fallback with a note", ans, err)
	}
}
