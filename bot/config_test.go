package bot

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

func TestConfigNeverPrintsTheToken(t *testing.T) {
	c := Defaults()
	c.Token = "MTIz.secret-token"
	c.FeedbackSalt = "pepper"
	for _, s := range []string{c.String(), fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c)} {
		if strings.Contains(s, "secret-token") || strings.Contains(s, "pepper") {
			t.Errorf("secret printed: %s", s)
		}
	}
}

func TestKeyedLimiter(t *testing.T) {
	now := time.Unix(0, 0)
	l := limits{user: newKeyedLimiter(60, 2), guild: newKeyedLimiter(60, 3)}
	for i, tc := range []struct {
		user, guild string
		at          time.Duration
		ok          bool
	}{
		{"u1", "g", 0, true},
		{"u1", "g", 0, true},
		{"u1", "g", 0, false}, // user burst spent
		{"u2", "g", 0, true},  // guild's third
		{"u3", "g", 0, false}, // guild burst spent; u3's token given back
		{"u3", "g", time.Second, true},
		{"u1", "", time.Second, true}, // DMs: no guild limit
	} {
		if _, ok := l.allow(tc.user, tc.guild, now.Add(tc.at)); ok != tc.ok {
			t.Errorf("step %d (%s in %s): allowed = %t, want %t", i, tc.user, tc.guild, ok, tc.ok)
		}
	}
	if wait, ok := (limits{user: newKeyedLimiter(6, 1)}).allowTwice(now); ok || wait != 10*time.Second {
		t.Errorf("wait = %s, want 10s", wait)
	}
}

// allowTwice spends a fresh user's only token and asks again.
func (l limits) allowTwice(now time.Time) (time.Duration, bool) {
	l.allow("x", "", now)
	return l.allow("x", "", now)
}

func TestCoalescerRunsOnce(t *testing.T) {
	var c coalescer
	var mu sync.Mutex
	runs := 0
	started := make(chan struct{})
	release := make(chan struct{})
	fn := func(context.Context) (footnote.IndexStats, error) {
		mu.Lock()
		runs++
		mu.Unlock()
		close(started)
		<-release
		return footnote.IndexStats{Articles: 1}, nil
	}
	ctx := context.Background()
	type res struct {
		s      footnote.IndexStats
		shared bool
	}
	out := make(chan res, 3)
	go func() { s, sh, _ := c.do(ctx, ctx, fn); out <- res{s, sh} }()
	<-started
	for i := 0; i < 2; i++ {
		go func() { s, sh, _ := c.do(ctx, ctx, fn); out <- res{s, sh} }()
	}
	// Wait (without a deadline) until both joiners wait on the run.
	for c.waiters() < 2 {
		time.Sleep(time.Millisecond)
	}
	close(release)
	shared := 0
	for i := 0; i < 3; i++ {
		r := <-out
		if r.s.Articles != 1 {
			t.Errorf("result %+v", r)
		}
		if r.shared {
			shared++
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if runs != 1 || shared != 2 {
		t.Errorf("runs = %d, shared = %d", runs, shared)
	}
}

func (c *coalescer) waiters() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.call == nil {
		return 0
	}
	return c.call.waiters
}

func TestMemoryEvictsLeastRecent(t *testing.T) {
	m := newMemory(2)
	m.put("a", &exchange{Question: "a"})
	m.put("b", &exchange{Question: "b"})
	m.get("a")
	m.put("c", &exchange{Question: "c"})
	if _, ok := m.get("b"); ok {
		t.Error("b should be evicted")
	}
	for _, k := range []string{"a", "c"} {
		if _, ok := m.get(k); !ok {
			t.Errorf("%s evicted", k)
		}
	}
	ex := &exchange{Question: "q5", Answer: footnote.Answer{Text: "a5"}}
	for i := 1; i <= 4; i++ {
		ex.History = append(ex.History, footnote.Turn{Question: fmt.Sprint("q", i)})
	}
	if h := ex.turns(); len(h) != maxHistory || h[len(h)-1].Question != "q5" || h[0].Question != "q2" {
		t.Errorf("turns = %+v", h)
	}
}

func TestFeedbackLogRefusesRepeatedVotesWithinItsBound(t *testing.T) {
	path := filepath.Join(t.TempDir(), "votes.jsonl")
	f := newFeedbackLog(path, []byte("salt"), 2)
	vote := func(user, key, dir string) bool {
		t.Helper()
		dup, err := f.record(key, Vote{User: f.hashUser(user), Vote: dir})
		if err != nil {
			t.Fatal(err)
		}
		return dup
	}
	for i, tc := range []struct {
		user, key, vote string
		dup             bool
	}{
		{"u1", "a", "up", false},
		{"u1", "a", "down", true}, // same user, same answer: not counted again
		{"u2", "a", "down", false},
		{"u1", "b", "up", false},  // u1 on a is now the oldest beyond the bound of 2
		{"u1", "a", "up", false},  // forgotten, so counted
		{"u1", "b", "down", true}, // still remembered
		{"u1", "a", "down", true},
	} {
		if got := vote(tc.user, tc.key, tc.vote); got != tc.dup {
			t.Errorf("step %d: dup = %t, want %t", i, got, tc.dup)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(raw), "\n"); n != 4 {
		t.Errorf("file has %d lines, want 4:\n%s", n, raw)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v (%v), want 0600", fi.Mode().Perm(), err)
	}
}
