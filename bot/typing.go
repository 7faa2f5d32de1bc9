package bot

import "time"

// typingEvery is how often the typing indicator is renewed while an
// answer is written: Discord shows it for about 10 s, so renewing sooner
// keeps it on without a gap; much sooner spends REST calls for nothing.
const typingEvery = 8 * time.Second

// keepTyping renews the typing indicator in channel every typingEvery
// (the first was sent with the acknowledgement) until the returned stop
// is called.
func (b *Bot) keepTyping(channelID string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(b.typingEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if err := b.s.ChannelTyping(channelID); err != nil {
					b.log.Debug("typing indicator", "err", err)
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
