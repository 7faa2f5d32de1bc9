package llm

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

// Claims of one structured answer: one the check keeps, two it can't
// decide (their quotes are in ¶1 and ¶6, nothing contradicts them, but
// few of their words are there), one it removes.
var (
	keptClaim = fakeopenai.Claim{Text: "Nikki Haley expressed the lone dissent", Article: fixtureDoc, Paragraph: 6,
		Quote: "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}
	undecidedTrue = fakeopenai.Claim{Text: "The conference took place over several days in Puerto Vallarta", Article: fixtureDoc, Paragraph: 1,
		Quote: "a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico"}
	undecidedFalse = fakeopenai.Claim{Text: "Haley's lone position found little support among the advisors", Article: fixtureDoc, Paragraph: 6,
		Quote: "The meeting ended in deadlock, with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}
	removedClaim = fakeopenai.Claim{Text: "The US mission notified the United Nations on Friday", Article: fixtureDoc, Paragraph: 2,
		Quote: "On Friday, the U.S. mission to the United Nations informed Secretary-General António Guterres"}
)

// judge is a model's second opinion as the fake gives it: yes for the
// claim about the conference, no for anything else.
func judge(r fakeopenai.ChatRequest) fakeopenai.Reply {
	return fakeopenai.Verdict(strings.Contains(r.Messages[len(r.Messages)-1].Content, "took place"))
}

// verdictRequests returns the second-opinion requests the server got.
func verdictRequests(srv *fakeopenai.Server) []fakeopenai.ChatRequest {
	var out []fakeopenai.ChatRequest
	for _, r := range srv.Requests() {
		if r.Chat != nil && strings.Contains(string(r.Chat.ResponseFormat), `"`+verdictSchemaName+`"`) {
			out = append(out, *r.Chat)
		}
	}
	return out
}

func verifyModel(c *Config) { c.Verify = VerifyModel }

func TestSecondOpinion(t *testing.T) {
	h := newHarnessWith(t, []int{1, 2, 6}, verifyModel, fakeopenai.WithSchemaReplies(verdictSchemaName, judge))
	h.srv.ScriptChat(fakeopenai.Structured(false, keptClaim, undecidedTrue, undecidedFalse, removedClaim))
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "What happened at the meeting?"})
	if err != nil || ans.Mode != footnote.ModeLLM {
		t.Fatalf("answer %+v, %v", ans, err)
	}
	want := "Nikki Haley expressed the lone dissent [¶6]. The conference took place over several days in Puerto Vallarta [¶1]."
	if ans.Text != want {
		t.Errorf("text %q, want %q", ans.Text, want)
	}
	if !strings.Contains(ans.Note, "2 statement") {
		t.Errorf("note %q: want the two removed claims counted", ans.Note)
	}
	if _, dropped := footnote.CheckCitations(h.lib, ans.Citations); len(dropped) > 0 || len(ans.Citations) != 2 {
		t.Errorf("citations %+v (unverified: %+v)", ans.Citations, dropped)
	}
	// One call per undecided claim; none for the claims the check decides.
	reqs := verdictRequests(h.srv)
	if len(reqs) != 2 {
		t.Fatalf("%d second-opinion calls, want 2", len(reqs))
	}
	for _, r := range reqs {
		if r.Stream || len(r.Messages) != 1 {
			t.Errorf("second opinion: stream %v, %d messages; want one message, not streamed", r.Stream, len(r.Messages))
		}
		var rf struct {
			JSONSchema struct {
				Strict bool `json:"strict"`
			} `json:"json_schema"`
		}
		if json.Unmarshal(r.ResponseFormat, &rf) != nil || !rf.JSONSchema.Strict {
			t.Errorf("response_format %s: want a strict json_schema", r.ResponseFormat)
		}
	}
	// The quote put to the model is the paragraph's sentence, not the
	// model's own words.
	if c := reqs[0].Messages[0].Content; !strings.Contains(c, fixtureParagraphs[1]) {
		t.Errorf("second-opinion prompt lacks ¶1's sentence:\n%s", c)
	}
}

func TestSecondOpinionOff(t *testing.T) {
	h := newHarnessWith(t, []int{1, 2, 6}, nil, fakeopenai.WithSchemaReplies(verdictSchemaName, judge))
	h.srv.ScriptChat(fakeopenai.Structured(false, keptClaim, undecidedTrue, undecidedFalse, removedClaim))
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "What happened at the meeting?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Text != "Nikki Haley expressed the lone dissent [¶6]." || !strings.Contains(ans.Note, "3 statement") {
		t.Errorf("text %q (note %q): want only the decided claim", ans.Text, ans.Note)
	}
	if n := len(verdictRequests(h.srv)); n != 0 {
		t.Errorf("%d second-opinion calls with FOOTNOTE_VERIFY off", n)
	}
}

// TestSecondOpinionFaults: whatever goes wrong with the second opinion,
// the undecided claims stay removed and the answer is the checked one.
func TestSecondOpinionFaults(t *testing.T) {
	for name, reply := range map[string]fakeopenai.Reply{
		"server error": fakeopenai.ServerError(503),
		"not the JSON": fakeopenai.Text("Yes, it does."),
		"cut":          fakeopenai.Cut(`{"supported": tr`),
		"stall":        fakeopenai.Stall(),
		"rate limited": fakeopenai.RateLimited("1"),
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarnessWith(t, []int{1, 2, 6}, func(c *Config) { verifyModel(c); c.MaxRetries, c.FirstTokenTimeout = 0, time.Second },
				fakeopenai.WithSchemaReplies(verdictSchemaName, func(fakeopenai.ChatRequest) fakeopenai.Reply { return reply }))
			h.srv.ScriptChat(fakeopenai.Structured(false, keptClaim, undecidedTrue, removedClaim))
			ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "What happened at the meeting?"})
			if err != nil || ans.Mode != footnote.ModeLLM {
				t.Fatalf("answer %+v, %v", ans, err)
			}
			if ans.Text != "Nikki Haley expressed the lone dissent [¶6]." {
				t.Errorf("text %q: want only the decided claim", ans.Text)
			}
		})
	}
}

// BenchmarkSecondOpinion measures what FOOTNOTE_VERIFY=model costs one
// answer with two undecided claims, against the fake on loopback: the
// calls it adds (calls/op) and the time of the whole answer, beside the
// same answer with the setting off. With a real model each call costs
// that model's latency for a reply of a few tokens.
func BenchmarkSecondOpinion(b *testing.B) {
	for _, mode := range []string{VerifyOff, VerifyModel} {
		b.Run(mode, func(b *testing.B) {
			srv := fakeopenai.New(fakeopenai.WithAPIKey(testKey), fakeopenai.WithSchemaReplies(verdictSchemaName, judge))
			defer srv.Close()
			srv.DefaultChat(fakeopenai.Structured(false, keptClaim, undecidedTrue, undecidedFalse, removedClaim))
			lib := &library{retrieve: []int{1, 2, 6}}
			cfg := testConfig(srv)
			cfg.Verify = mode
			a, err := New(cfg, Deps{Retriever: lib, Paragraphs: lib, Fallback: &extractive{lib: lib}, Library: lib, HTTPClient: srv.Client()})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := a.Answer(b.Context(), footnote.Question{Text: "What happened at the meeting?"}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(len(verdictRequests(srv)))/float64(b.N), "calls/op")
		})
	}
}

// TestNoToAYesNoQuestionIsUndecided: a claim that negates the question's
// own words can't be told from its quote by words; it is left to a second
// opinion, not kept, and a negation the question didn't ask about is
// still a contradiction.
func TestNoToAYesNoQuestionIsUndecided(t *testing.T) {
	for _, tt := range []struct {
		question string
		claim    quotedClaim
		want     bool // undecided
	}{
		{"Did Rex Tillerson attend the principals' meeting himself?",
			quotedClaim{"Rex Tillerson did not attend", fixtureDoc, 5, "Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting"}, true},
		{"Who represented Rex Tillerson?",
			quotedClaim{"Rex Tillerson did not attend", fixtureDoc, 5, "Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting"}, false},
		{"Will Hungary sign the pact?",
			quotedClaim{"Hungary will not sign the pact", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval"}, true},
		{"What will Hungary do?",
			quotedClaim{"Hungary will not quit the pact", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval"}, false},
	} {
		ev := threeArticles()
		ev.echo = questionStems(tt.question)
		j := ev.judgeQuoted(tt.claim, nil)
		if len(j.sup) > 0 {
			t.Errorf("%q: kept without a second opinion", tt.claim.Text)
		}
		if got := j.undecided != nil; got != tt.want {
			t.Errorf("%q to %q: undecided %v, want %v", tt.claim.Text, tt.question, got, tt.want)
		}
	}
}
