package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

// The CLI in llm mode, against a fake OpenAI-compatible server.
func TestAskLLMMode(t *testing.T) {
	srv := fakeopenai.New(fakeopenai.WithAPIKey("sk-test-secret-1234"), fakeopenai.WithModels("gpt-4o-mini"))
	defer srv.Close()
	e := env(t, "OPENAI_API_KEY", "sk-test-secret-1234", "OPENAI_BASE_URL", srv.BaseURL(), "FOOTNOTE_LLM_RETRIES", "0")
	tests := []struct {
		name      string
		reply     fakeopenai.Reply
		wantMode  string
		wantText  string
		wantCited int
	}{
		{"a supported answer", fakeopenai.Text("She was ultimately overruled by the president, according to diplomatic sources [¶7]."), "llm", "overruled by the president", 7},
		{"a name given to the paragraph's pronoun", fakeopenai.Text("Haley was overruled by the president [¶7]."), "llm", "Haley was overruled by the president [FP ¶7]", 7},
		{"an invented citation is not shown", fakeopenai.Text("Haley was overruled by the Pope [¶99]."), "extractive", "overruled by the president", 7},
		{"server down: extractive, labelled", fakeopenai.ServerError(503), "extractive", "overruled by the president", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.ScriptChat(tt.reply)
			out, stderr, code := runCLI(t, e, "", "ask", "--json", "Who overruled Haley?")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got askJSON
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if string(got.Mode) != tt.wantMode || !strings.Contains(got.Answer, tt.wantText) {
				t.Errorf("mode %q answer %q", got.Mode, got.Answer)
			}
			if strings.Contains(got.Answer, "[¶99]") || strings.Contains(got.Answer, "Pope") {
				t.Errorf("unsupported claim shown: %q", got.Answer)
			}
			if tt.wantMode == "extractive" && got.Note == "" {
				t.Errorf("fallback answer carries no note")
			}
			cited := false
			for _, c := range got.Citations {
				cited = cited || c.Paragraph == tt.wantCited
			}
			if !cited {
				t.Errorf("citations %+v, want ¶%d", got.Citations, tt.wantCited)
			}
			if strings.Contains(stderr, "sk-test-secret-1234") {
				t.Error("the API key was logged")
			}
		})
	}
}

func TestLLMConfigErrors(t *testing.T) {
	_, stderr, code := runCLI(t, env(t, "OPENAI_BASE_URL", "http://127.0.0.1:1/v1", "FOOTNOTE_TEMPERATURE", "7"), "", "ask", "q?")
	if code != 2 || !strings.Contains(stderr, "FOOTNOTE_TEMPERATURE") {
		t.Errorf("exit %d %q", code, stderr)
	}
}

// With several articles, a model's markers name their article: a labelled
// marker is checked against that article's paragraph, a bare one against
// whichever retrieved article supports it, and a label pointing at the
// wrong article does not make a false claim pass.
func TestAskLLMManyArticles(t *testing.T) {
	srv := fakeopenai.New(fakeopenai.WithAPIKey("sk-test-secret-1234"), fakeopenai.WithModels("gpt-4o-mini"))
	defer srv.Close()
	e := env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/articles", "OPENAI_API_KEY", "sk-test-secret-1234",
		"OPENAI_BASE_URL", srv.BaseURL(), "FOOTNOTE_LLM_RETRIES", "0")
	const reuters, ap = "078-reuters-in-hungary-quit", "108-seattletimes-ap-poland"
	srv.ScriptChat(fakeopenai.Text("Hungary will quit the United Nations migration pact before its final approval [Reuters ¶1]. " +
		"Szijjarto said the document is entirely against Hungary's security interests [¶2]. " +
		"Hungary withdrew in July [FP ¶2]."))
	out, stderr, code := runCLI(t, e, "", "ask", "--json", "Why is Hungary quitting the U.N. migration pact?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Mode != "llm" {
		t.Fatalf("mode %q: %s (%s)", got.Mode, got.Answer, got.Note)
	}
	t.Logf("answer: %s", got.Answer)
	for _, want := range []string{"before its final approval [Reuters ¶1]", "security interests [Reuters ¶2]"} {
		if !strings.Contains(got.Answer, want) {
			t.Errorf("answer %q lacks %q", got.Answer, want)
		}
	}
	// "Hungary withdrew in July" is in the AP article, not in FP ¶2: the
	// label is wrong, so the claim is re-cited to AP or removed, never
	// shown under FP.
	if strings.Contains(got.Answer, "[FP ¶2]") {
		t.Errorf("a claim kept its wrong citation: %q", got.Answer)
	}
	docs := map[string]bool{}
	for _, c := range got.Citations {
		docs[c.Doc] = true
		if c.Doc != reuters && c.Doc != ap {
			t.Errorf("citation of %s: %+v", c.Doc, c)
		}
	}
	if !docs[reuters] {
		t.Errorf("citations %+v lack the Reuters article", got.Citations)
	}
}

// In text mode the sources name each article once, behind its label; a
// quote is listed only when the answer doesn't already show its words.
func TestAskTextSourcesShowEachQuoteOnce(t *testing.T) {
	out, stderr, code := runCLI(t, env(t), "", "ask", "Who overruled Haley?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(out, "ultimately overruled by the president"); n != 1 {
		t.Errorf("the quoted sentence appears %d times:\n%s", n, out)
	}
	if !strings.Contains(out, "Sources:\n  FP  Trump Boycotts U.N. Migration Talks — Foreign Policy") {
		t.Errorf("sources don't name the article behind its label:\n%s", out)
	}

	srv := fakeopenai.New(fakeopenai.WithAPIKey("sk-test-secret-1234"), fakeopenai.WithModels("gpt-4o-mini"))
	defer srv.Close()
	srv.ScriptChat(fakeopenai.Text("Haley was overruled by the president [¶7]."))
	out, stderr, code = runCLI(t, env(t, "OPENAI_API_KEY", "sk-test-secret-1234", "OPENAI_BASE_URL", srv.BaseURL(), "FOOTNOTE_LLM_RETRIES", "0"), "", "ask", "Who overruled Haley?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "    [FP ¶7] “She was ultimately overruled by the president, according to diplomatic sources.”") {
		t.Errorf("a paraphrased claim's quote is not listed under its marker:\n%s", out)
	}
}

// TestAskLLMQuotedOnAnotherArticle: structured replies on an article the
// check was not written on (the Los Angeles Times' AP story on the General
// Assembly's vote): a true claim with its quote is shown; a number taken
// from one vote with the place of another, or a "yes" to what the article
// denies, is not.
func TestAskLLMQuotedOnAnotherArticle(t *testing.T) {
	srv := fakeopenai.New(fakeopenai.WithAPIKey("sk-test-secret-1234"), fakeopenai.WithModels("gpt-4o-mini"))
	defer srv.Close()
	e := env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/model-articles/unga", "OPENAI_API_KEY", "sk-test-secret-1234",
		"OPENAI_BASE_URL", srv.BaseURL(), "FOOTNOTE_LLM_RETRIES", "0")
	const doc = "072-latimes-ap-ga-endorses"
	claim := func(text string, n int, quote string) string {
		b, _ := json.Marshal(map[string]any{"not_in_articles": false, "claims": []map[string]any{{"text": text, "article": doc, "paragraph": n, "quote": quote}}})
		return string(b)
	}
	tests := []struct {
		question, reply, claim string
		shown                  bool
	}{
		{"how many countries approved it in marrakech", claim("164 countries approved the agreement in Marrakech", 3, "the 164 countries that approved the agreement by acclamation at a conference in Marrakech"), "164 countries approved the agreement in Marrakech", true},
		{"how many countries approved it in marrakech", claim("152 countries approved it in Marrakech", 3, "approved by a vote of 152-5"), "152 countries", false},
		{"is the compact binding?", claim("Yes, the compact is legally binding on all 193 member states", 2, "is not legally binding"), "legally binding on all", false},
		{"is the compact binding?", claim("No, the Global Compact for Migration is not legally binding", 2, "The Global Compact for Migration, the first international document dealing with the issue, is not legally binding"), "not legally binding", true},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			srv.ScriptChat(fakeopenai.Text(tt.reply))
			out, stderr, code := runCLI(t, e, "", "ask", "--json", tt.question)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got askJSON
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			shown := got.Mode == "llm" && strings.Contains(got.Answer, tt.claim)
			if shown != tt.shown {
				t.Errorf("%q shown %v, want %v (%s: %q)", tt.claim, shown, tt.shown, got.Mode, got.Answer)
			}
		})
	}
}
