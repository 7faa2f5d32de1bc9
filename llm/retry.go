package llm

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/internal/ctxsleep"
)

// Runtime holds what a model call waits on, so that tests control time:
// a clock, a sleep that returns early when its context ends, and a source of
// jitter. The zero value means the real ones.
type Runtime struct {
	// Now returns the current time (default time.Now).
	Now func() time.Time
	// Sleep waits d or until ctx is done (default: a timer).
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter returns a number in [0, 1) (default math/rand/v2).
	Jitter func() float64
}

func (r Runtime) withDefaults() Runtime {
	if r.Now == nil {
		r.Now = time.Now
	}
	if r.Sleep == nil {
		r.Sleep = ctxsleep.Sleep
	}
	if r.Jitter == nil {
		r.Jitter = defaultJitter
	}
	return r
}

// retryTransport retries 408, 429 and 5xx responses and network errors with
// exponential backoff and jitter, honouring Retry-After (and OpenAI's
// retry-after-ms). go-openai retries nothing itself. It never waits past the
// request's deadline or longer than maxWait at once, and doesn't retry a 429
// that says the quota is spent.
type retryTransport struct {
	next    http.RoundTripper
	retries int
	base    time.Duration
	maxWait time.Duration
	rt      Runtime
	log     *slog.Logger
}

func newRetryTransport(next http.RoundTripper, cfg Config, rt Runtime, log *slog.Logger) *retryTransport {
	if next == nil {
		next = http.DefaultTransport
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &retryTransport{next: next, retries: cfg.MaxRetries, base: cfg.RetryBase, maxWait: cfg.RetryMaxWait, rt: rt.withDefaults(), log: log}
}

// RoundTrip implements http.RoundTripper.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		r := req
		if attempt > 0 {
			r = req.Clone(ctx)
			if req.Body != nil && req.Body != http.NoBody {
				body, err := req.GetBody()
				if err != nil {
					return nil, err
				}
				r.Body = body
			}
		}
		resp, err := t.next.RoundTrip(r)
		wait, retry := t.decide(ctx, resp, err, attempt)
		if !retry || attempt >= t.retries || (req.Body != nil && req.Body != http.NoBody && req.GetBody == nil) {
			return resp, err
		}
		if wait > t.maxWait {
			t.log.Warn("model server asks to wait longer than we will", "wait", wait, "max", t.maxWait)
			return resp, err
		}
		if dl, ok := ctx.Deadline(); ok && t.rt.Now().Add(wait).After(dl) {
			return resp, err
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			_ = resp.Body.Close()
		}
		t.log.Warn("retrying model request", "path", req.URL.Path, "attempt", attempt+1, "status", status, "error", redact(err, ""), "wait", wait)
		if serr := t.rt.Sleep(ctx, wait); serr != nil {
			return nil, serr
		}
	}
}

// decide reports whether a response or error is worth retrying, and after
// how long.
func (t *retryTransport) decide(ctx context.Context, resp *http.Response, err error, attempt int) (time.Duration, bool) {
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return 0, false
		}
		return t.backoff(attempt), true
	}
	switch code := resp.StatusCode; {
	case code == http.StatusTooManyRequests:
		if quotaSpent(resp) {
			return 0, false
		}
	case code == http.StatusRequestTimeout, code >= 500 && code != http.StatusNotImplemented:
	default:
		return 0, false
	}
	// Anything over maxWait is not waited for; one second more is enough
	// to say so.
	if d, ok := retryAfter(resp.Header, t.rt.Now(), t.maxWait+time.Second); ok {
		return d, true
	}
	return t.backoff(attempt), true
}

// backoff is base·2^attempt, capped at maxWait, with "equal jitter": half
// fixed, half random, so that clients that failed together don't retry
// together.
func (t *retryTransport) backoff(attempt int) time.Duration {
	d := t.base << min(attempt, 20)
	if d <= 0 || d > t.maxWait {
		d = t.maxWait
	}
	return d/2 + time.Duration(t.rt.Jitter()*float64(d/2))
}

// retryAfter reads retry-after-ms, then Retry-After as seconds or as an
// HTTP date. A value is clamped to [0, limit]: a server's number of seconds
// can be anything (1e300 would overflow time.Duration into a negative
// wait, that is an immediate retry), and the caller only needs to know
// whether the wait is longer than it will wait.
func retryAfter(h http.Header, now time.Time, limit time.Duration) (time.Duration, bool) {
	clamp := func(f float64, unit time.Duration) time.Duration {
		if f >= float64(limit)/float64(unit) {
			return limit
		}
		return time.Duration(f * float64(unit))
	}
	if v := h.Get("retry-after-ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return clamp(ms, time.Millisecond), true
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	// ms >= 0 and s >= 0 are false for NaN; +Inf is clamped.
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return clamp(s, time.Second), true
	}
	if at, err := http.ParseTime(v); err == nil {
		return min(max(at.Sub(now), 0), limit), true
	}
	return 0, false
}

// quotaSpent peeks at a 429's body for OpenAI's insufficient_quota code
// and puts the body back for the client to read.
func quotaSpent(resp *http.Response) bool {
	peek, _ := io.ReadAll(io.LimitReader(resp.Body, 8<<10))
	resp.Body = readCloser{io.MultiReader(bytes.NewReader(peek), resp.Body), resp.Body}
	return bytes.Contains(peek, []byte("insufficient_quota"))
}

type readCloser struct {
	io.Reader
	io.Closer
}

func defaultJitter() float64 { return rand.Float64() }
