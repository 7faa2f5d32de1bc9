package llm

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"
)

// breaker is a circuit breaker: after threshold transient failures in a
// row it opens and fails calls at once for cooldown; then it lets one trial
// call through (half-open), whose success closes it and whose failure opens
// it again.
type breaker struct {
	threshold int
	cooldown  time.Duration
	now       func() time.Time

	mu        sync.Mutex
	failures  int
	openUntil time.Time
	trial     bool
}

func newBreaker(threshold int, cooldown time.Duration, now func() time.Time) *breaker {
	return &breaker{threshold: threshold, cooldown: cooldown, now: now}
}

// allow returns ErrCircuitOpen while the breaker is open. After the
// cooldown it lets exactly one caller through until that caller reports.
func (b *breaker) allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.failures < b.threshold {
		return nil
	}
	if b.now().Before(b.openUntil) || b.trial {
		return ErrCircuitOpen
	}
	b.trial = true
	return nil
}

// record reports a call's outcome; failed is true for a transient fault.
func (b *breaker) record(failed bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trial = false
	if !failed {
		b.failures = 0
		return
	}
	b.failures++
	if b.failures >= b.threshold {
		b.openUntil = b.now().Add(b.cooldown)
	}
}

// transient reports whether err is a fault of the server or the network
// that the breaker should count: not a setup error (wrong key or model),
// not the caller giving up, not the breaker itself.
func transient(err error, callerCtx context.Context) bool {
	if err == nil || errors.Is(err, ErrCircuitOpen) || callerCtx.Err() != nil {
		return false
	}
	var setup *SetupError
	if errors.As(classify(err, "", ""), &setup) {
		return false
	}
	if status, code, _, ok := apiStatus(err); ok {
		return status == http.StatusTooManyRequests && code != "insufficient_quota" || status >= 500 || status == http.StatusRequestTimeout
	}
	return true
}
