package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"
)

// errPanic is a recovered panic inside a handler.
type errPanic struct {
	value any
}

func (e *errPanic) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// errTimedOut is a route's deadline passing; msg is what the user is told.
type errTimedOut struct {
	route string
	msg   string
	err   error // context.DeadlineExceeded
}

func (e *errTimedOut) Error() string { return e.route + " timed out: " + e.err.Error() }

func (e *errTimedOut) Unwrap() error { return e.err }

// failure is an error its handler has worded for the user: msg is shown,
// err is logged.
type failure struct {
	msg string
	err error
}

func (e *failure) Error() string { return e.err.Error() }

func (e *failure) Unwrap() error { return e.err }

// withRecover turns a panic inside h into an error, logged with its route
// and stack (discordgo has no recover of its own: a panic in a handler
// would end the process).
func (b *Bot) withRecover(h handler) handler {
	return func(ctx context.Context, ev *event) (rep reply, err error) {
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("panic in handler", "route", ev.route, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				rep, err = reply{}, &errPanic{value: r}
			}
		}()
		return h(ctx, ev)
	}
}

// withTimeout bounds h by d (none if d <= 0). h runs on a goroutine of its
// own, so that a handler that ignores its context (a library listing, a
// disk write) still gets its user an answer at the deadline; it finishes in
// the background, and what it would have sent is dropped. msg is what the
// user is told.
func withTimeout(d time.Duration, msg string) middleware {
	return func(h handler) handler {
		return func(ctx context.Context, ev *event) (reply, error) {
			if d > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, d)
				defer cancel()
			}
			type result struct {
				rep reply
				err error
			}
			done := make(chan result, 1)
			go func() {
				rep, err := h(ctx, ev)
				done <- result{rep, err}
			}()
			select {
			case r := <-done:
				return r.rep, r.err
			case <-ctx.Done():
			}
			select {
			case r := <-done: // finished at the deadline: its reply is better
				return r.rep, r.err
			default:
			}
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return reply{}, &errTimedOut{route: ev.route, msg: msg, err: ctx.Err()}
			}
			return reply{}, fmt.Errorf("%s: %w", ev.route, ctx.Err())
		}
	}
}

// withDefer acknowledges the event if h has not replied within
// autoDeferAfter, so that Discord does not drop a slow interaction. Routes
// that know they are slow acknowledge at once with deferReply.
func (b *Bot) withDefer(h handler) handler {
	return func(ctx context.Context, ev *event) (reply, error) {
		t := time.AfterFunc(b.deferAfter, func() {
			ev.mu.Lock()
			defer ev.mu.Unlock()
			if ev.state != unanswered {
				return
			}
			if err := b.ackLocked(ev); err != nil {
				b.log.Warn("acknowledge slow event", "route", ev.route, "err", err)
			}
		})
		defer t.Stop()
		return h(ctx, ev)
	}
}

// withLogging logs each handled event: its route, how long it took and how
// it ended. It logs IDs only: never an interaction's token.
func (b *Bot) withLogging(h handler) handler {
	return func(ctx context.Context, ev *event) (reply, error) {
		start := time.Now()
		rep, err := h(ctx, ev)
		kind, id := ev.id()
		outcome, level := classifyOutcome(err)
		attrs := []any{"route", ev.route, kind, id, "took", time.Since(start).Round(time.Microsecond), "outcome", outcome}
		if err != nil {
			attrs = append(attrs, "err", err)
		}
		b.log.Log(ctx, level, "handled", attrs...)
		return rep, err
	}
}

// classifyOutcome names how a handler ended, and the level to log it at.
func classifyOutcome(err error) (string, slog.Level) {
	var in *inputError
	var rl *rateLimited
	var p *errPanic
	var to *errTimedOut
	switch {
	case err == nil:
		return "ok", slog.LevelInfo
	case errors.As(err, &in), errors.As(err, &rl):
		return "refused", slog.LevelInfo
	case errors.As(err, &p):
		return "panic", slog.LevelError
	case errors.As(err, &to), errors.Is(err, context.DeadlineExceeded):
		return "timeout", slog.LevelWarn
	case errors.Is(err, context.Canceled):
		return "cancelled", slog.LevelWarn
	default:
		return "error", slog.LevelError
	}
}

// errorText is what the user sees when a handler failed.
func (b *Bot) errorText(err error) string {
	var in *inputError
	var rl *rateLimited
	var p *errPanic
	var to *errTimedOut
	var f *failure
	switch {
	case errors.As(err, &in):
		return in.msg
	case errors.As(err, &f):
		return f.msg
	case answerInputError(err, b.cfg.MaxQuestionLen) != nil:
		// The answerer refused the question as input (answer.Err*): say
		// what to fix, not "try again later".
		return answerInputError(err, b.cfg.MaxQuestionLen).msg
	case errors.As(err, &rl):
		return rl.message()
	case errors.As(err, &p):
		return "Something went wrong on my side; it has been logged. Please try again."
	case errors.As(err, &to):
		return to.msg
	case errors.Is(err, context.DeadlineExceeded):
		return msgAnswerTimedOut
	case errors.Is(err, context.Canceled):
		return "I'm restarting and couldn't finish this. Please try again in a minute."
	default:
		return "Sorry, I couldn't answer that right now. Please try again later."
	}
}
