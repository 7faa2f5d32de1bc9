package bot

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// keyedLimiter holds one token bucket per key (user or guild ID). Idle,
// full buckets are forgotten so the map stays small.
type keyedLimiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	buckets map[string]*keyedBucket
	sweepAt int
}

type keyedBucket struct {
	lim  *rate.Limiter
	last time.Time
}

// newKeyedLimiter allows perMinute events per key with the given burst;
// perMinute 0 disables the limit (nil limiter).
func newKeyedLimiter(perMinute float64, burst int) *keyedLimiter {
	if perMinute <= 0 {
		return nil
	}
	return &keyedLimiter{limit: rate.Limit(perMinute / 60), burst: burst, buckets: map[string]*keyedBucket{}, sweepAt: 1024}
}

// reserve takes one token for key at now, to be used within maxWait. It
// returns a cancel func to give the token back and how long to wait
// before using it, or a nil cancel and the wait when that is over maxWait.
func (k *keyedLimiter) reserve(key string, now time.Time, maxWait time.Duration) (cancel func(), wait time.Duration) {
	if k == nil || key == "" {
		return func() {}, 0
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	b := k.buckets[key]
	if b == nil {
		if len(k.buckets) >= k.sweepAt {
			k.sweepLocked(now)
		}
		b = &keyedBucket{lim: rate.NewLimiter(k.limit, k.burst)}
		k.buckets[key] = b
	}
	b.last = now
	r := b.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > maxWait {
		r.CancelAt(now)
		return nil, d
	}
	return func() { r.CancelAt(now) }, r.DelayFrom(now)
}

// sweepLocked drops buckets that have refilled completely.
func (k *keyedLimiter) sweepLocked(now time.Time) {
	full := time.Duration(float64(k.burst) / float64(k.limit) * float64(time.Second))
	for key, b := range k.buckets {
		if now.Sub(b.last) > full {
			delete(k.buckets, key)
		}
	}
	if len(k.buckets) >= k.sweepAt {
		k.sweepAt *= 2
	}
}

// limits combines the per-user and per-guild limiters.
type limits struct {
	user, guild *keyedLimiter
}

// allow takes a token from the user's bucket and the guild's at once; if
// either is empty it takes none and returns how long to wait.
func (l limits) allow(userID, guildID string, now time.Time) (time.Duration, bool) {
	return l.allowWithin(userID, guildID, now, 0)
}

// allowWithin takes a token from the user's bucket and the guild's, to be
// used after the wait it returns, at most maxWait; if either bucket would
// make the wait longer it takes none and returns that wait.
func (l limits) allowWithin(userID, guildID string, now time.Time, maxWait time.Duration) (time.Duration, bool) {
	cancelUser, wait := l.user.reserve(userID, now, maxWait)
	if cancelUser == nil {
		return wait, false
	}
	cancelGuild, gwait := l.guild.reserve(guildID, now, maxWait)
	if cancelGuild == nil {
		cancelUser()
		return gwait, false
	}
	return max(wait, gwait), true
}

// queueWait is the longest a question waits for its asker's (or server's)
// turn before it is refused instead: longer lets a burst of questions all
// be answered, slowly; shorter refuses sooner but the asker can retry.
const queueWait = 15 * time.Second

// rateLimited says a user or guild is asking too fast.
type rateLimited struct {
	wait time.Duration
	// at is when the wait began.
	at time.Time
}

func (e *rateLimited) Error() string { return "rate limited for " + e.wait.String() }

// message tells when to ask again, as a countdown Discord keeps up to
// date (<t:…:R>).
func (e *rateLimited) message() string {
	s := int64(math.Ceil(e.wait.Seconds()))
	if s < 1 {
		s = 1
	}
	return fmt.Sprintf("You're asking faster than I can keep up. Please ask again <t:%d:R>.", e.at.Unix()+s)
}

// admit validates a question and takes a rate-limit token for it. clip
// cuts over-long text instead of refusing it. wait is how long the
// question must queue before it is answered (at most queueWait).
func (b *Bot) admit(userID, guildID, text string, clip bool) (q string, wait time.Duration, err error) {
	if clip {
		q, err = clipQuestion(text, b.cfg.MaxQuestionLen)
	} else {
		q, err = cleanQuestion(text, b.cfg.MaxQuestionLen)
	}
	if err != nil {
		return "", 0, err
	}
	now := b.deps.Now()
	wait, ok := b.limits.allowWithin(userID, guildID, now, queueWait)
	if !ok {
		return "", 0, &rateLimited{wait: wait, at: now}
	}
	return q, wait, nil
}

// queued tells the asker when a queued question will be answered.
func queued(now time.Time, wait time.Duration) string {
	return fmt.Sprintf("You're next in line — I'll answer <t:%d:R>.", now.Add(wait).Add(time.Second-1).Unix())
}
