package llm

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

func TestPing(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*Config)
		script  []fakeopenai.Reply
		wantVar string // "" for success
	}{
		{name: "ok"},
		{name: "ok with an embedding model", edit: func(c *Config) { c.EmbedModel = "text-embedding-3-small" }},
		{name: "wrong key", edit: func(c *Config) { c.APIKey = "sk-wrong" }, wantVar: EnvAPIKey},
		{name: "unknown chat model", edit: func(c *Config) { c.ChatModel = "gpt-9-imaginary" }, wantVar: EnvChatModel},
		{name: "unknown embedding model", edit: func(c *Config) { c.EmbedModel = "nomic-embed-text" }, wantVar: EnvEmbedModel},
		{name: "base URL without /v1", edit: func(c *Config) { c.BaseURL = strings.TrimSuffix(c.BaseURL, "/v1") }, wantVar: EnvBaseURL},
		{name: "overloaded once, then ok", script: []fakeopenai.Reply{fakeopenai.ServerError(503)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, retrieved, tt.edit)
			h.srv.ScriptModels(tt.script...)
			err := h.a.Ping(t.Context())
			if tt.wantVar == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var se *SetupError
			if !errors.As(err, &se) || se.Var != tt.wantVar || !strings.Contains(err.Error(), "check "+tt.wantVar) {
				t.Fatalf("err = %v, want a SetupError naming %s", err, tt.wantVar)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Fatalf("key in error: %v", err)
			}
		})
	}
}

func TestPingUnreachable(t *testing.T) {
	srv := fakeopenai.New()
	base := srv.BaseURL()
	srv.Close() // nothing listens there any more
	clock := newFakeTime()
	lib := &library{}
	cfg := testConfig(srv)
	cfg.BaseURL = base
	a, err := New(cfg, Deps{Retriever: lib, Paragraphs: lib, Fallback: &extractive{lib: lib}, Runtime: clock.runtime()})
	if err != nil {
		t.Fatal(err)
	}
	err = a.Ping(t.Context())
	var se *SetupError
	if !errors.As(err, &se) || se.Var != EnvBaseURL {
		t.Fatalf("err = %v, want a SetupError naming %s", err, EnvBaseURL)
	}
	if n := len(clock.Sleeps()); n != cfg.MaxRetries {
		t.Fatalf("retried %d times, want %d", n, cfg.MaxRetries)
	}
}

func TestHasModel(t *testing.T) {
	ids := []string{"llama3.2:latest", "nomic-embed-text:latest", "qwen2.5:7b"}
	for model, want := range map[string]bool{"llama3.2": true, "llama3.2:latest": true, "qwen2.5:7b": true, "qwen2.5": false, "mistral": false} {
		if got := hasModel(ids, model); got != want {
			t.Errorf("hasModel(%q) = %v, want %v", model, got, want)
		}
	}
}

func newTestEmbedder(t *testing.T, srv *fakeopenai.Server, clock *fakeTime, edit func(*Config)) EmbeddingFunc {
	cfg := testConfig(srv)
	cfg.EmbedModel = "text-embedding-3-small"
	if edit != nil {
		edit(&cfg)
	}
	return newEmbeddingFunc(cfg, srv.Client(), clock.runtime(), nil)
}

func TestEmbeddingFunc(t *testing.T) {
	srv := fakeopenai.New(fakeopenai.WithAPIKey(testKey), fakeopenai.WithEmbeddingDim(32))
	defer srv.Close()
	clock := newFakeTime()
	embed := newTestEmbedder(t, srv, clock, nil)
	srv.ScriptEmbeddings(fakeopenai.RateLimited("1"))
	v, err := embed(t.Context(), "Who dissented at the principals' meeting?")
	if err != nil {
		t.Fatal(err)
	}
	if len(v) != 32 {
		t.Fatalf("dim = %d", len(v))
	}
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if math.Abs(sum-1) > 1e-5 {
		t.Fatalf("|v|² = %v, want 1", sum)
	}
	if got := clock.Sleeps(); !slices.Equal(got, []time.Duration{time.Second}) {
		t.Fatalf("waited %v, want the Retry-After of 1s", got)
	}
	again, err := embed(t.Context(), "Who dissented at the principals' meeting?")
	if err != nil || !slices.Equal(v, again) {
		t.Fatalf("same text, different vector: %v", err)
	}
	reqs := srv.Requests()
	if last := reqs[len(reqs)-1]; last.Path != "/v1/embeddings" || len(last.EmbedInput) != 1 || last.EmbedInput[0] != "Who dissented at the principals' meeting?" {
		t.Fatalf("request = %+v", last)
	}
}

func TestEmbeddingErrors(t *testing.T) {
	srv := fakeopenai.New(fakeopenai.WithAPIKey(testKey))
	defer srv.Close()
	clock := newFakeTime()

	_, err := newTestEmbedder(t, srv, clock, func(c *Config) { c.EmbedModel = "nomic-embed-text" })(t.Context(), "x")
	var se *SetupError
	if !errors.As(err, &se) || se.Var != EnvEmbedModel {
		t.Fatalf("unknown model: err = %v", err)
	}
	_, err = newTestEmbedder(t, srv, clock, func(c *Config) { c.APIKey = "sk-wrong" })(t.Context(), "x")
	if !errors.As(err, &se) || se.Var != EnvAPIKey {
		t.Fatalf("wrong key: err = %v", err)
	}

	// Repeated server failures open the breaker: no more requests.
	embed := newTestEmbedder(t, srv, clock, func(c *Config) { c.MaxRetries = 0; c.BreakerThreshold = 2 })
	srv.ScriptEmbeddings(fakeopenai.ServerError(500), fakeopenai.ServerError(502))
	before := srv.Count("/v1/embeddings")
	for range 2 {
		if _, err := embed(t.Context(), "x"); err == nil {
			t.Fatal("server error: want an error")
		}
	}
	if _, err := embed(t.Context(), "x"); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("err = %v, want ErrCircuitOpen", err)
	}
	if n := srv.Count("/v1/embeddings") - before; n != 2 {
		t.Fatalf("%d requests, want 2", n)
	}
}

func TestNormalise(t *testing.T) {
	if _, err := normalise([]float32{0, 0}); !errors.Is(err, ErrBadEmbedding) {
		t.Fatalf("zero vector: %v", err)
	}
	if _, err := normalise(nil); !errors.Is(err, ErrBadEmbedding) {
		t.Fatalf("empty vector: %v", err)
	}
	v, err := normalise([]float32{3, 4})
	if err != nil || v[0] != 0.6 || v[1] != 0.8 {
		t.Fatalf("normalise(3,4) = %v, %v", v, err)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2017, 12, 2, 12, 0, 0, 0, time.UTC)
	const limit = 21 * time.Second
	tests := []struct {
		h    http.Header
		want time.Duration
		ok   bool
	}{
		{http.Header{"Retry-After": {"3"}}, 3 * time.Second, true},
		{http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond, true},
		{http.Header{"Retry-After": {now.Add(10 * time.Second).Format(http.TimeFormat)}}, 10 * time.Second, true},
		{http.Header{"Retry-After": {"3"}, "Retry-After-Ms": {"1200"}}, 1200 * time.Millisecond, true},
		{http.Header{"Retry-After": {"soon"}}, 0, false},
		// Clamped to the limit instead of overflowing into a negative wait.
		{http.Header{"Retry-After": {"1e300"}}, limit, true},
		{http.Header{"Retry-After": {"+Inf"}}, limit, true},
		{http.Header{"Retry-After": {"9223372037"}}, limit, true},
		{http.Header{"Retry-After-Ms": {"1e300"}}, limit, true},
		{http.Header{"Retry-After": {"Fri, 31 Dec 9999 23:59:59 GMT"}}, limit, true},
		{http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0, true},
		{http.Header{"Retry-After": {"NaN"}}, 0, false},
		{http.Header{"Retry-After": {"-5"}}, 0, false},
		{http.Header{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.h, now, limit)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%v) = %v, %v; want %v, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEmbeddingFuncWithoutModel(t *testing.T) {
	_, err := NewEmbeddingFunc(Config{APIKey: "k"}, nil)(t.Context(), "x")
	var se *SetupError
	if !errors.As(err, &se) || se.Var != EnvEmbedModel {
		t.Fatalf("err = %v", err)
	}
}

// TestReasonHidesOperatorDetails: the note an end user reads names the
// variable to fix, but not the server's address or its list of models.
func TestReasonHidesOperatorDetails(t *testing.T) {
	cfg := Config{BaseURL: "http://10.1.2.3:11434/v1", ChatModel: "gpt-9-imaginary", EmbedModel: "embed-imaginary"}
	ids := []string{"llama3.2:latest", "qwen2.5:7b", "secret-finetune"}
	unreachable := checkModels(t.Context(), cfg, nil, errors.New("dial tcp 10.1.2.3:11434: connect: connection refused"))
	embedCfg := cfg
	embedCfg.ChatModel = "qwen2.5:7b"
	tests := []struct {
		name    string
		err     error
		wantVar string
	}{
		{"unknown chat model", checkModels(t.Context(), cfg, ids, nil), EnvChatModel},
		{"unknown embedding model", checkModels(t.Context(), embedCfg, ids, nil), EnvEmbedModel},
		{"unreachable server", unreachable, EnvBaseURL},
		{"wrapped", fmt.Errorf("start chat completion: %w", checkModels(t.Context(), cfg, ids, nil)), EnvChatModel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var setup *SetupError
			if !errors.As(tt.err, &setup) || setup.Var != tt.wantVar {
				t.Fatalf("err = %v, want a SetupError naming %s", tt.err, tt.wantVar)
			}
			// The log keeps the details.
			if tt.name != "unreachable server" && !strings.Contains(tt.err.Error(), "it has: llama3.2") {
				t.Errorf("Error() lost the details: %q", tt.err.Error())
			}
			got := reason(tt.err)
			if !strings.Contains(got, "check "+tt.wantVar) {
				t.Errorf("reason = %q, want it to name %s", got, tt.wantVar)
			}
			for _, leak := range []string{"it has", "llama3.2", "secret-finetune", "imaginary", "10.1.2.3", "http", "connection refused"} {
				if strings.Contains(got, leak) {
					t.Errorf("reason = %q shows %q", got, leak)
				}
			}
		})
	}
}
