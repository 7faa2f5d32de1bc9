package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// onReindex lets a moderator rebuild the index. The command's
// default_member_permissions is only a default a guild can change, so the
// member's permissions, as Discord computed them for this interaction, are
// checked on every use; in a DM there are none, and it is refused.
func (b *Bot) onReindex(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	if b.deps.Reindexer == nil {
		return reply{}, &inputError{msg: "Reindexing isn't available on this bot."}
	}
	if err := checkModerator(i, cmdReindex, "reindex"); err != nil {
		return reply{}, err
	}
	if err := b.deferReply(ev, true); err != nil {
		return reply{}, fmt.Errorf("acknowledge reindex: %w", err)
	}
	// The run is bounded by this route's deadline and the bot's shutdown,
	// not by this caller: requests that join it share it.
	runCtx, cancel := b.runContext(ctx)
	defer cancel()
	start := b.deps.Now()
	stats, shared, err := b.reindexc.do(ctx, runCtx, b.deps.Reindexer.Reindex)
	took := b.deps.Now().Sub(start)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return reply{}, &failure{msg: msgReindexTimedOut, err: fmt.Errorf("reindex: %w", err)}
	case errors.Is(err, context.Canceled):
		return reply{}, &failure{msg: "Reindexing was interrupted by a restart; the previous index is still in use.", err: fmt.Errorf("reindex: %w", err)}
	case err != nil:
		return reply{}, &failure{msg: "Reindexing failed; the previous index is still in use. The error has been logged.", err: fmt.Errorf("reindex: %w", err)}
	}
	msg := reindexSummary(stats, took)
	if shared {
		msg += " (A reindex was already running; this is its result.)"
	}
	b.log.Info("reindexed", "by", invoker(i).ID, "guild", i.GuildID, "articles", stats.Articles,
		"paragraphs", stats.Paragraphs, "took", took.Round(time.Millisecond), "shared", shared)
	return reply{msgs: []outMessage{{Content: msg}}}, nil
}

// checkModerator refuses i unless it comes from a server member with the
// Manage Server (or Administrator) permission, as Discord computed it for
// this interaction: a command's default_member_permissions is only a
// default a guild can change. cmd names the command and action what it
// does, for the refusal.
func checkModerator(i *discordgo.Interaction, cmd, action string) error {
	switch {
	case i.GuildID == "" || i.Member == nil:
		return &inputError{msg: "`/" + cmd + "` only works in a server, for its moderators."}
	case i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0:
		return &inputError{msg: "Only members with the Manage Server permission can " + action + "."}
	}
	return nil
}

// reindexAfter rebuilds the index after the articles changed, sharing a
// run already under way, and returns its summary ("" without a
// Reindexer). The run is bounded by ctx's deadline and the bot's
// shutdown, not by this caller.
func (b *Bot) reindexAfter(ctx context.Context) (string, error) {
	if b.deps.Reindexer == nil {
		return "", nil
	}
	runCtx, cancel := b.runContext(ctx)
	defer cancel()
	start := b.deps.Now()
	stats, _, err := b.reindexc.do(ctx, runCtx, b.deps.Reindexer.Reindex)
	if err != nil {
		return "", fmt.Errorf("reindex: %w", err)
	}
	return reindexSummary(stats, b.deps.Now().Sub(start)), nil
}

// runContext is the context of a shared run: the bot's work context with
// ctx's deadline, so that one caller giving up does not stop it.
func (b *Bot) runContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if dl, ok := ctx.Deadline(); ok {
		return context.WithDeadline(b.work, dl)
	}
	return context.WithCancel(b.work)
}

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
	msg := fmt.Sprintf("Indexed %s, %s in %s", text.Count(s.Articles, "article", "articles"), text.Count(s.Paragraphs, "paragraph", "paragraphs"), humanDuration(d))
	if s.Embedded > 0 {
		msg += fmt.Sprintf(" (%s embedded anew)", text.Count(s.Embedded, "paragraph", "paragraphs"))
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
