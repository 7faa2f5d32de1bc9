// Package ctxsleep provides a sleep that a context can cut short: the one wait
// used between retries by the model client and by the bot's reconnect loop.
package ctxsleep

import (
	"context"
	"time"
)

// Sleep waits for d, or until ctx is done, whichever comes first; it returns
// ctx's error when the context ended the wait and nil otherwise.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
