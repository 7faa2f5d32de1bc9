package bot

import (
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// Threads.
const (
	// threadArchiveMinutes is how long a thread the bot starts stays open
	// without messages (a day): shorter closes a conversation people come
	// back to; longer leaves threads open in the channel list.
	threadArchiveMinutes = 1440
	// maxThreadName is how much of the question names its thread (Discord
	// allows 100).
	maxThreadName = 90
	// threadsRemembered bounds the threads the bot remembers having
	// started, with their last exchange; beyond it the oldest is
	// forgotten (a message there then needs a mention again).
	threadsRemembered = 2000
)

// threadLog remembers the threads the bot started and the last exchange
// in each, so that a message there is a follow-up without a mention.
type threadLog struct {
	mu    sync.Mutex
	last  map[string]*exchange
	order []string
}

func newThreadLog() *threadLog { return &threadLog{last: map[string]*exchange{}} }

// put records ex as the last exchange in thread.
func (t *threadLog) put(thread string, ex *exchange) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.last[thread]; !ok {
		if len(t.order) >= threadsRemembered {
			delete(t.last, t.order[0])
			t.order = t.order[1:]
		}
		t.order = append(t.order, thread)
	}
	t.last[thread] = ex
}

// get returns the last exchange in thread, if the bot started it.
func (t *threadLog) get(thread string) (*exchange, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ex, ok := t.last[thread]
	return ex, ok
}

// startThread starts a thread on the message m named after question and
// returns its ID, or "" if it cannot (m is already in a thread, the bot
// lacks the permission): the answer then goes to the channel.
func (b *Bot) startThread(m *discordgo.Message, question string) string {
	name := truncate(strings.Join(strings.Fields(question), " "), maxThreadName)
	if name == "" {
		name = "Question"
	}
	ch, err := b.s.MessageThreadStart(m.ChannelID, m.ID, name, threadArchiveMinutes)
	if err != nil {
		b.log.Info("no thread for the answer; replying in the channel", "message", m.ID, "err", err)
		return ""
	}
	return ch.ID
}
