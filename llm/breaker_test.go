package llm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

// brokenEntropy fails every read, so the prompt's fence can't be made and
// the prompt doesn't render.
type brokenEntropy struct{}

func (brokenEntropy) Read([]byte) (int, error) { return 0, errors.New("entropy source broken") }

// openBreaker opens the harness's breaker (threshold 2) with two 500s and
// lets its cooldown pass, so that the next call is the half-open trial.
func openBreaker(t *testing.T, h *harness, q footnote.Question) {
	t.Helper()
	h.srv.ScriptChat(fakeopenai.ServerError(500), fakeopenai.ServerError(500))
	for range 2 {
		if ans, err := h.a.Answer(t.Context(), q); err != nil || ans.Mode != footnote.ModeExtractive {
			t.Fatalf("opening the breaker: %+v, %v", ans, err)
		}
	}
	if ans, _ := h.a.Answer(t.Context(), q); !strings.Contains(ans.Note, "paused") {
		t.Fatalf("breaker not open: note %q", ans.Note)
	}
	h.clock.Advance(31 * time.Second)
}

// assertTrialStillDue checks that the breaker is still half-open with its
// failures intact: the next call is a trial, and when that trial fails the
// breaker opens again at once (had the earlier outcome closed it, one
// failure would not reach the threshold of 2).
func assertTrialStillDue(t *testing.T, h *harness, q footnote.Question) {
	t.Helper()
	before := h.srv.Count(chatPath)
	h.srv.ScriptChat(fakeopenai.ServerError(500))
	if ans, err := h.a.Answer(t.Context(), q); err != nil || ans.Mode != footnote.ModeExtractive {
		t.Fatalf("trial: %+v, %v", ans, err)
	}
	if n := h.srv.Count(chatPath); n != before+1 {
		t.Fatalf("the trial made %d requests, want 1", n-before)
	}
	h.srv.ScriptChat(fakeopenai.Text("Nikki Haley expressed the lone dissent [¶6]."))
	ans, err := h.a.Answer(t.Context(), q)
	if err != nil || ans.Mode != footnote.ModeExtractive || !strings.Contains(ans.Note, "paused") {
		t.Fatalf("after a failed trial the breaker must be open again: mode %s, note %q, err %v", ans.Mode, ans.Note, err)
	}
	if n := h.srv.Count(chatPath); n != before+1 {
		t.Fatalf("%d requests while open, want none", n-before-1)
	}
}

func breakerHarness(t *testing.T) *harness {
	return newHarness(t, retrieved, func(c *Config) {
		c.MaxRetries = 0
		c.BreakerThreshold = 2
		c.BreakerCooldown = 30 * time.Second
	})
}

// TestBreakerTrialCancelledByCaller: a trial the caller gave up on says
// nothing about the model; it must not close the breaker.
func TestBreakerTrialCancelledByCaller(t *testing.T) {
	h := breakerHarness(t)
	q := footnote.Question{Text: "Who dissented?"}
	openBreaker(t, h, q)

	h.srv.ScriptChat(fakeopenai.Stall())
	before := h.srv.Count(chatPath)
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		for h.srv.Count(chatPath) == before {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	if _, err := h.a.Answer(ctx, q); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	assertTrialStillDue(t, h, q)
}

// TestBreakerTrialWithUnrenderablePrompt: a trial that never reached the
// model must not close the breaker either.
func TestBreakerTrialWithUnrenderablePrompt(t *testing.T) {
	h := breakerHarness(t)
	q := footnote.Question{Text: "Who dissented?"}
	openBreaker(t, h, q)

	before := h.srv.Count(chatPath)
	h.a.entropy = brokenEntropy{}
	if _, err := h.a.Answer(t.Context(), q); err == nil || !strings.Contains(err.Error(), "entropy source broken") {
		t.Fatalf("err = %v, want the prompt error", err)
	}
	if n := h.srv.Count(chatPath); n != before {
		t.Fatalf("%d requests for a prompt that didn't render", n-before)
	}
	h.a.entropy = zeros{}
	assertTrialStillDue(t, h, q)
}

// TestBreakerPass covers the breaker's bookkeeping directly.
func TestBreakerPass(t *testing.T) {
	clock := newFakeTime()
	b := newBreaker(2, 30*time.Second, clock.Now)
	for range 2 {
		p, err := b.allow()
		if err != nil {
			t.Fatal(err)
		}
		p.record(true)
	}
	if _, err := b.allow(); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("open: err = %v", err)
	}
	clock.Advance(31 * time.Second)
	trial, err := b.allow()
	if err != nil || !trial.trial {
		t.Fatalf("trial: %+v, %v", trial, err)
	}
	if _, err := b.allow(); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("a second caller during the trial: err = %v", err)
	}
	// A call let through before the breaker opened ends now; releasing it
	// must not free the trial's slot.
	pass{b: b}.release()
	if _, err := b.allow(); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("after a non-trial release: err = %v", err)
	}
	trial.release()
	next, err := b.allow()
	if err != nil || !next.trial || b.failures != 2 {
		t.Fatalf("after release: %+v, %v, failures %d", next, err, b.failures)
	}
	next.record(false)
	if p, err := b.allow(); err != nil || p.trial || b.failures != 0 {
		t.Fatalf("after a successful trial: %+v, %v, failures %d", p, err, b.failures)
	}
}
