package bot

// ReindexWaiters reports how many /reindex requests have joined the reindex
// that is running (0 when none runs), for tests that must not release the
// run before a second request has joined it.
func ReindexWaiters(b *Bot) int { return b.reindexc.waiters() }
