package bot

import (
	"context"
	"time"
)

// ReindexWaiters reports how many /reindex requests have joined the reindex
// that is running (0 when none runs), for tests that must not release the
// run before a second request has joined it.
func ReindexWaiters(b *Bot) int { return b.reindexc.waiters() }

// lookup returns the route with key key (a command name or custom ID
// prefix), or nil.
func (r *router) lookup(key string) *route {
	if rt, ok := r.commands[key]; ok {
		return rt
	}
	for _, rt := range r.components {
		if rt.key == key {
			return rt
		}
	}
	return nil
}

// CommandRouted reports whether the routing table has a route for the
// application command name.
func CommandRouted(b *Bot, name string) bool {
	_, ok := b.router.commands[name]
	return ok
}

// HookRoute makes the route with key key (a command name or custom ID
// prefix) call before, which may panic or block, ahead of its handler.
// Call it before Run.
func HookRoute(b *Bot, key string, before func(ctx context.Context)) {
	rt := b.router.lookup(key)
	next := rt.handle
	rt.handle = func(ctx context.Context, ev *event) (reply, error) {
		before(ctx)
		return next(ctx, ev)
	}
}

// SetRouteTimeout sets the deadline of the route with key key. Call it
// before Run.
func SetRouteTimeout(b *Bot, key string, d time.Duration) { b.router.lookup(key).timeout = d }

// SetDeferAfter sets how long a handler may run before its event is
// acknowledged for it. Call it before Run.
func SetDeferAfter(b *Bot, d time.Duration) { b.deferAfter = d }

// SetTypingEvery sets how often the typing indicator is renewed while a
// message is answered. Call it before Run.
func SetTypingEvery(b *Bot, d time.Duration) { b.typingEvery = d }
