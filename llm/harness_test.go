package llm

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

const testKey = "sk-test-SECRET-0123456789"

// fakeTime is a clock that only moves when told to or when slept on; its
// sleeps return at once, so retries and cooldowns cost no real time.
type fakeTime struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeTime() *fakeTime { return &fakeTime{now: time.Date(2017, 12, 2, 12, 0, 0, 0, time.UTC)} }

func (f *fakeTime) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeTime) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	f.sleeps = append(f.sleeps, d)
	f.now = f.now.Add(d)
	f.mu.Unlock()
	return ctx.Err()
}

func (f *fakeTime) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

func (f *fakeTime) Sleeps() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.sleeps...)
}

func (f *fakeTime) runtime() Runtime {
	return Runtime{Now: f.Now, Sleep: f.Sleep, Jitter: func() float64 { return 0.5 }}
}

// harness is an Answerer wired to a fake OpenAI server, the fixture
// article and a fake extractive fallback.
type harness struct {
	srv   *fakeopenai.Server
	lib   *library
	fb    *extractive
	clock *fakeTime
	logs  *syncBuffer
	a     *Answerer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testConfig is the configuration the harness starts from.
func testConfig(srv *fakeopenai.Server) Config {
	return Config{
		APIKey:           testKey,
		BaseURL:          srv.BaseURL(),
		ChatModel:        "gpt-4o-mini",
		Timeout:          10 * time.Second,
		Temperature:      0.1,
		MaxTokens:        500,
		MaxRetries:       3,
		BreakerThreshold: 5,
		BreakerCooldown:  30 * time.Second,
	}
}

func newHarness(t *testing.T, retrieved []int, edit func(*Config)) *harness {
	t.Helper()
	return newHarnessWith(t, retrieved, edit)
}

// newHarnessWith is newHarness on a server with more options.
func newHarnessWith(t *testing.T, retrieved []int, edit func(*Config), opts ...fakeopenai.Option) *harness {
	t.Helper()
	srv := fakeopenai.New(append([]fakeopenai.Option{fakeopenai.WithAPIKey(testKey)}, opts...)...)
	t.Cleanup(srv.Close)
	h := &harness{srv: srv, lib: &library{retrieve: retrieved}, clock: newFakeTime(), logs: &syncBuffer{}}
	h.fb = &extractive{lib: h.lib}
	cfg := testConfig(srv)
	if edit != nil {
		edit(&cfg)
	}
	a, err := New(cfg, Deps{
		Retriever:  h.lib,
		Paragraphs: h.lib,
		Fallback:   h.fb,
		Library:    h.lib,
		HTTPClient: srv.Client(),
		Logger:     slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Runtime:    h.clock.runtime(),
		Entropy:    zeros{},
	})
	if err != nil {
		t.Fatal(err)
	}
	h.a = a
	t.Cleanup(func() {
		if strings.Contains(h.logs.String(), testKey) {
			t.Errorf("the API key was logged:\n%s", h.logs.String())
		}
	})
	return h
}
