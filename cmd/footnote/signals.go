package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string { return "stopped by signal: " + e.sig.String() }

// status is the conventional exit status for a signal: 128 plus its number
// (130 for SIGINT, 143 for SIGTERM).
func (e interrupted) status() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// watchSignals cancels the run on the first signal from sigs, so that a
// command stops what it is doing, and calls exit at once on the second, for
// when stopping takes too long.
func watchSignals(sigs <-chan os.Signal, cancel context.CancelCauseFunc, stderr io.Writer, exit func(int)) {
	sig, ok := <-sigs
	if !ok {
		return
	}
	cancel(interrupted{sig})
	if sig, ok = <-sigs; !ok {
		return
	}
	fmt.Fprintln(stderr, "footnote: second signal: exiting now")
	exit(interrupted{sig}.status())
}

// interruptedStatus returns the exit status for a run that ended with err
// because a signal cancelled ctx, after a short message on stderr; ok is
// false when the run ended otherwise (a command that finished despite the
// signal, such as serve shutting down cleanly, keeps its own status).
func interruptedStatus(ctx context.Context, err error, stderr io.Writer) (status int, ok bool) {
	var in interrupted
	if err == nil || !errors.Is(err, context.Canceled) || !errors.As(context.Cause(ctx), &in) {
		return 0, false
	}
	fmt.Fprintln(stderr, "footnote:", in)
	return in.status(), true
}
