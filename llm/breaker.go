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
// it again. A trial that ends without an answer from the model (the caller
// gave up, the prompt didn't render) is released: it neither closes nor
// re-opens the breaker, and the next caller gets the trial.
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

// pass is one call let through by the breaker. Exactly one of its record
// or release should be called when the call ends.
type pass struct {
	b     *breaker
	trial bool // the half-open trial call
}

// allow returns ErrCircuitOpen while the breaker is open. After the
// cooldown it lets exactly one caller through (the trial) until that caller
// reports.
func (b *breaker) allow() (pass, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.failures < b.threshold {
		return pass{b: b}, nil
	}
	if b.now().Before(b.openUntil) || b.trial {
		return pass{}, ErrCircuitOpen
	}
	b.trial = true
	return pass{b: b, trial: true}, nil
}

// record reports the model's outcome; failed is true for a transient fault.
// A success closes the breaker, a failure counts towards opening it (and
// re-opens it after a failed trial).
func (p pass) record(failed bool) {
	b := p.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if p.trial {
		b.trial = false
	}
	if !failed {
		b.failures = 0
		return
	}
	b.failures++
	if b.failures >= b.threshold {
		b.openUntil = b.now().Add(b.cooldown)
	}
}

// release ends a call that proved nothing about the model (the prompt
// didn't render, the caller gave up): the failure count is left as it was,
// and a trial's slot is freed for the next caller.
func (p pass) release() {
	if !p.trial {
		return
	}
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	p.b.trial = false
}

// transient reports whether err is a fault of the server or the network
// that the breaker should count: not a setup error (wrong key or model),
// not the caller giving up, not the breaker itself. A caller giving up is
// not a success either: callers check callerGaveUp first and release.
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

// callerGaveUp reports whether a call ended because its caller's context
// did: the outcome says nothing about the model.
func callerGaveUp(err error, callerCtx context.Context) bool {
	return err != nil && callerCtx.Err() != nil
}

// finish reports a model call's outcome to the breaker: released when the
// caller gave up, else recorded as a success or a transient failure.
func (p pass) finish(err error, callerCtx context.Context) {
	if callerGaveUp(err, callerCtx) {
		p.release()
		return
	}
	p.record(transient(err, callerCtx))
}
