package fakeopenai

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

func client(s *Server, key string) *openai.Client {
	cfg := openai.DefaultConfig(key)
	cfg.BaseURL = s.BaseURL()
	cfg.HTTPClient = s.Client()
	return openai.NewClientWithConfig(cfg)
}

func chatReq(stream bool) openai.ChatCompletionRequest {
	return openai.ChatCompletionRequest{
		Model:    "gpt-4o-mini",
		Stream:   stream,
		Messages: []openai.ChatCompletionMessage{{Role: "user", Content: "hi"}},
	}
}

// readStream collects a stream's content and last finish_reason.
func readStream(t *testing.T, c *openai.Client) (string, openai.FinishReason, error) {
	t.Helper()
	st, err := c.CreateChatCompletionStream(context.Background(), chatReq(true))
	if err != nil {
		return "", "", err
	}
	defer st.Close()
	var b strings.Builder
	var fin openai.FinishReason
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), fin, nil
		}
		if err != nil {
			return b.String(), fin, err
		}
		for _, ch := range resp.Choices {
			b.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				fin = ch.FinishReason
			}
		}
	}
}

func TestChatJSONAndStream(t *testing.T) {
	s := New(WithAPIKey("sk-test"))
	defer s.Close()
	c := client(s, "sk-test")
	const text = "Trump made the decision on Friday [¶2]."
	s.ScriptChat(Text(text), Text(text))

	resp, err := c.CreateChatCompletion(context.Background(), chatReq(false))
	if err != nil {
		t.Fatal(err)
	}
	if got := resp.Choices[0].Message.Content; got != text || resp.Choices[0].FinishReason != openai.FinishReasonStop {
		t.Fatalf("JSON completion = %q (%s)", got, resp.Choices[0].FinishReason)
	}
	if resp.GetRateLimitHeaders().LimitRequests != 500 {
		t.Errorf("rate-limit headers missing: %+v", resp.GetRateLimitHeaders())
	}

	got, fin, err := readStream(t, c)
	if err != nil || got != text || fin != openai.FinishReasonStop {
		t.Fatalf("stream = %q, %q, %v", got, fin, err)
	}
	reqs := s.Requests()
	if len(reqs) != 2 || !reqs[1].Chat.Stream || reqs[1].Chat.Messages[0].Content != "hi" {
		t.Fatalf("recorded requests = %+v", reqs)
	}
}

func TestCutStreamEndsWithoutFinishReason(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(Cut("one two three four five six"))
	got, fin, err := readStream(t, client(s, ""))
	// go-openai reports an early close as io.EOF, like a normal end: only the
	// missing finish_reason tells them apart.
	if fin != "" {
		t.Fatalf("cut stream has finish_reason %q", fin)
	}
	if err == nil && got == "one two three four five six" {
		t.Fatalf("cut stream delivered the whole text")
	}
}

func TestEndEarlyLooksLikeANormalEnd(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(EndEarly("one two three four five six"))
	got, fin, err := readStream(t, client(s, ""))
	if err != nil || fin != "" || got != "one two three" {
		t.Fatalf("stream = %q, finish %q, err %v; want a clean io.EOF after half the text", got, fin, err)
	}
}

func TestStreamErrorEvent(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(StreamError("partial", "The server had an error"))
	_, _, err := readStream(t, client(s, ""))
	if err == nil || !strings.Contains(err.Error(), "The server had an error") {
		t.Fatalf("err = %v, want the stream's error event", err)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		key    string
		reply  *Reply
		model  string
		status int
		code   string
	}{
		{name: "wrong key", key: "sk-wrong", status: 401, code: "invalid_api_key"},
		{name: "unknown model", key: "sk-test", model: "gpt-9", status: 404, code: "model_not_found"},
		{name: "rate limited", key: "sk-test", reply: ptr(RateLimited("7")), status: 429, code: "rate_limit_exceeded"},
		{name: "quota", key: "sk-test", reply: ptr(QuotaExceeded()), status: 429, code: "insufficient_quota"},
		{name: "overloaded", key: "sk-test", reply: ptr(ServerError(503)), status: 503},
		{name: "server error", key: "sk-test", reply: ptr(ServerError(500)), status: 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(WithAPIKey("sk-test"))
			defer s.Close()
			if tt.reply != nil {
				s.ScriptChat(*tt.reply)
			}
			req := chatReq(false)
			if tt.model != "" {
				req.Model = tt.model
			}
			_, err := client(s, tt.key).CreateChatCompletion(context.Background(), req)
			var apiErr *openai.APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %#v, want *openai.APIError", err)
			}
			if apiErr.HTTPStatusCode != tt.status {
				t.Errorf("status = %d, want %d", apiErr.HTTPStatusCode, tt.status)
			}
			if code, _ := apiErr.Code.(string); code != tt.code {
				t.Errorf("code = %v, want %q", apiErr.Code, tt.code)
			}
			if apiErr.Message == "" {
				t.Error("error has no message")
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestRateLimitHeaders(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(RateLimited("7"))
	req, _ := http.NewRequest(http.MethodPost, s.BaseURL()+"/chat/completions",
		strings.NewReader(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}`))
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "7" ||
		resp.Header.Get("x-ratelimit-remaining-requests") != "0" || resp.Header.Get("retry-after-ms") != "7000" {
		t.Fatalf("status %d headers %v", resp.StatusCode, resp.Header)
	}
}

func TestInvalidJSONAndStall(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(InvalidJSON(), Stall())
	c := client(s, "")
	if _, err := c.CreateChatCompletion(context.Background(), chatReq(false)); err == nil {
		t.Fatal("invalid JSON: want an error")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.CreateChatCompletion(ctx, chatReq(false)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("stall: err = %v, want deadline exceeded", err)
	}
}

func TestUnscriptedChatFailsLoudly(t *testing.T) {
	s := New()
	defer s.Close()
	_, err := client(s, "").CreateChatCompletion(context.Background(), chatReq(false))
	if err == nil || !strings.Contains(err.Error(), "no scripted reply") {
		t.Fatalf("err = %v", err)
	}
}

func TestEmbeddingsAndModels(t *testing.T) {
	s := New(WithEmbeddingDim(16))
	defer s.Close()
	c := client(s, "")
	resp, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequestStrings{
		Input: []string{"migration talks", "tax bill"}, Model: "text-embedding-3-small"})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Data) != 2 || len(resp.Data[0].Embedding) != 16 || resp.Data[1].Index != 1 {
		t.Fatalf("embeddings = %+v", resp.Data)
	}
	if _, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequestStrings{
		Input: []string{"x"}, Model: "nomic-embed-text"}); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("unknown embedding model: err = %v", err)
	}
	list, err := c.ListModels(context.Background())
	if err != nil || len(list.Models) != 2 || list.Models[0].ID != "gpt-4o-mini" {
		t.Fatalf("models = %+v, %v", list, err)
	}
}

func TestScript(t *testing.T) {
	script, err := LoadScript(strings.NewReader(`{"api_key": "sk-test", "models": ["m"],
		"chat": [{"kind": "rate_limited", "retry_after": "1"}, {"kind": "text", "text": "hello"}],
		"default_chat": {"kind": "server_error", "status": 503}}`))
	if err != nil {
		t.Fatal(err)
	}
	s := New(script.Options()...)
	defer s.Close()
	if err := script.Apply(s); err != nil {
		t.Fatal(err)
	}
	c := client(s, "sk-test")
	req := chatReq(false)
	req.Model = "m"
	var apiErr *openai.APIError
	if _, err := c.CreateChatCompletion(context.Background(), req); !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 {
		t.Fatalf("first reply: %v", err)
	}
	if resp, err := c.CreateChatCompletion(context.Background(), req); err != nil || resp.Choices[0].Message.Content != "hello" {
		t.Fatalf("second reply: %v", err)
	}
	if _, err := c.CreateChatCompletion(context.Background(), req); !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 503 {
		t.Fatalf("default reply: %v", err)
	}

	for _, bad := range []string{`{"chat": [{"kind": "teapot"}]}`, `{"chat": [{"kind": "error", "status": 200}]}`, `{"chats": []}`} {
		sc, err := LoadScript(strings.NewReader(bad))
		if err == nil {
			err = sc.Apply(s)
		}
		if err == nil {
			t.Errorf("script %s: want an error", bad)
		}
	}
}
