package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
)

// coalescer runs at most one reindex at a time: a request that arrives
// while one runs waits for it and gets its result instead of starting
// another (like singleflight).
type coalescer struct {
	mu   sync.Mutex
	call *reindexCall
}

type reindexCall struct {
	done  chan struct{}
	stats footnote.IndexStats
	err   error
	// waiters counts the callers that joined the run.
	waiters int
}

// do runs fn unless a run is in flight, whose result it then shares. The
// run uses runCtx (not the caller's) so that one caller giving up does not
// cancel the others; ctx only bounds how long this caller waits.
func (c *coalescer) do(ctx, runCtx context.Context, fn func(context.Context) (footnote.IndexStats, error)) (footnote.IndexStats, bool, error) {
	c.mu.Lock()
	if call := c.call; call != nil {
		call.waiters++
		c.mu.Unlock()
		select {
		case <-call.done:
			return call.stats, true, call.err
		case <-ctx.Done():
			return footnote.IndexStats{}, true, ctx.Err()
		}
	}
	call := &reindexCall{done: make(chan struct{})}
	c.call = call
	c.mu.Unlock()

	func() {
		defer func() {
			if r := recover(); r != nil {
				call.err = fmt.Errorf("reindex panicked: %v", r)
			}
		}()
		call.stats, call.err = fn(runCtx)
	}()

	c.mu.Lock()
	c.call = nil
	c.mu.Unlock()
	close(call.done)
	return call.stats, false, call.err
}

// reindexSummary is the reply to /reindex, e.g. "Indexed 1 article,
// 13 paragraphs in 40 ms".
func reindexSummary(s footnote.IndexStats, took time.Duration) string {
	d := s.Duration
	if d <= 0 {
		d = took
	}
	msg := fmt.Sprintf("Indexed %s, %s in %s", plural(s.Articles, "article", "articles"), plural(s.Paragraphs, "paragraph", "paragraphs"), humanDuration(d))
	if s.Embedded > 0 {
		msg += fmt.Sprintf(" (%s embedded anew)", plural(s.Embedded, "paragraph", "paragraphs"))
	}
	return msg + "."
}

func humanDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "under 1 ms"
	case d < time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	case d < time.Minute:
		return fmt.Sprintf("%.1f s", d.Seconds())
	default:
		return d.Round(time.Second).String()
	}
}
