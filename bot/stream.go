package bot

import (
	"sync"
	"time"
)

// streamer shows a growing answer by editing a message, at most once per
// interval, always with the newest text; edits are made one at a time on
// its own goroutine so that the answerer never waits for Discord.
type streamer struct {
	edit     func(text string)
	interval time.Duration

	mu     sync.Mutex
	latest string

	wake chan struct{}
	stop chan struct{}
	done chan struct{}
}

func startStreamer(interval time.Duration, edit func(text string)) *streamer {
	s := &streamer{edit: edit, interval: interval, wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go s.loop()
	return s
}

// partial records the answer so far (the whole text, not a delta).
func (s *streamer) partial(text string) {
	s.mu.Lock()
	s.latest = text
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *streamer) loop() {
	defer close(s.done)
	last := ""
	for {
		select {
		case <-s.stop:
			return
		case <-s.wake:
		}
		s.mu.Lock()
		shown := renderPartial(s.latest)
		s.mu.Unlock()
		if shown == last {
			continue
		}
		s.edit(shown)
		last = shown
		if s.interval > 0 {
			t := time.NewTimer(s.interval)
			select {
			case <-t.C:
			case <-s.stop:
				t.Stop()
				return
			}
		}
	}
}

// finish stops the streamer and waits for an edit in progress, so that the
// final answer is never overwritten by a late partial one.
func (s *streamer) finish() {
	close(s.stop)
	<-s.done
}
