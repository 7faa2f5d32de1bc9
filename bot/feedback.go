package bot

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
)

// Vote is one 👍/👎 on an answer, as appended to the feedback file. It holds
// no user name: User is a salted hash of the voter's ID, stable while the
// salt is, so repeated votes can be told apart from distinct voters.
type Vote struct {
	Time      time.Time           `json:"time"`
	Vote      string              `json:"vote"` // "up" or "down"
	User      string              `json:"user"`
	GuildID   string              `json:"guild_id,omitempty"`
	Question  string              `json:"question"`
	Answer    string              `json:"answer"`
	Mode      footnote.Mode       `json:"mode,omitempty"`
	Refused   bool                `json:"refused,omitempty"`
	Citations []footnote.Citation `json:"citations"`
	// Partial is true when the answer was no longer in memory and the vote
	// carries only the message text.
	Partial bool `json:"partial,omitempty"`
}

// onVote records a 👍/👎 and thanks the voter privately.
func (b *Bot) onVote(_ context.Context, ev *event) (reply, error) {
	i := ev.i
	text := func(s string) reply { return reply{msgs: []outMessage{{Content: s}}} }
	vote, key := "up", strings.TrimPrefix(i.MessageComponentData().CustomID, voteUpPrefix)
	if ev.route == voteDownPrefix {
		vote, key = "down", strings.TrimPrefix(i.MessageComponentData().CustomID, voteDownPrefix)
	}
	if b.votes == nil {
		return reply{}, &inputError{msg: "Feedback isn't being recorded on this bot."}
	}
	v := Vote{
		Time: b.deps.Now().UTC(), Vote: vote, User: b.votes.hashUser(invoker(i).ID),
		GuildID: i.GuildID, Citations: []footnote.Citation{},
	}
	if ex, ok := b.mem.get("vote:" + key); ok {
		v.Question, v.Answer, v.Mode, v.Refused = ex.Question, ex.Answer.Text, ex.Answer.Mode, ex.Answer.Refused
		if ex.Answer.Citations != nil {
			v.Citations = ex.Answer.Citations
		}
	} else {
		v.Partial = true
		if i.Message != nil {
			v.Answer = i.Message.Content
		}
	}
	dup, err := b.votes.record(key, v)
	if err != nil {
		return reply{}, &failure{msg: "Sorry, I couldn't record your vote.", err: fmt.Errorf("record vote: %w", err)}
	}
	if dup {
		return text("You've already voted on this answer; your first vote is the one counted. Thanks!"), nil
	}
	thumb := "👍"
	if vote == "down" {
		thumb = "👎"
	}
	return text("Thanks, I've noted your " + thumb + "."), nil
}

// feedbackLog appends votes to a JSONL file, one write per line, so that
// concurrent votes never interleave and a crash loses at most the line
// being written. The file is created 0600: it records the questions asked,
// private ones included. It is never rewritten: a repeated vote by the same
// user on the same answer is recognised from a bounded in-memory set and not
// appended (after a restart, or once the set has forgotten it, it would be).
type feedbackLog struct {
	path string
	salt []byte

	mu   sync.Mutex
	seen map[voteID]struct{}
	// order holds the seen votes oldest first, as a ring of len maxSeen
	// once full; next is the slot to evict and reuse.
	order   []voteID
	next    int
	maxSeen int
}

// voteID is one user's vote on one answer.
type voteID struct {
	user string // salted hash
	key  string // the answer's vote key
}

// votesRemembered bounds the set of (voter, answer) pairs kept to refuse
// repeated votes.
const votesRemembered = 20000

func newFeedbackLog(path string, salt []byte, maxSeen int) *feedbackLog {
	if path == "" {
		return nil
	}
	return &feedbackLog{path: path, salt: salt, seen: map[voteID]struct{}{}, maxSeen: max(maxSeen, 1)}
}

// hashUser returns the salted hash that stands for a user ID.
func (f *feedbackLog) hashUser(userID string) string {
	m := hmac.New(sha256.New, f.salt)
	m.Write([]byte(userID))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// record appends v, the vote of v.User on the answer with vote key key,
// unless that user's vote on that answer is already recorded: then it
// returns dup and writes nothing.
func (f *feedbackLog) record(key string, v Vote) (dup bool, err error) {
	line, err := json.Marshal(v)
	if err != nil {
		return false, fmt.Errorf("encode vote: %w", err)
	}
	line = append(line, '\n')
	id := voteID{user: v.User, key: key}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.seen[id]; ok {
		return true, nil
	}
	if err := f.appendLine(line); err != nil {
		return false, err
	}
	f.remember(id)
	return false, nil
}

// remember adds id to the seen set, forgetting the oldest beyond maxSeen;
// f.mu is held.
func (f *feedbackLog) remember(id voteID) {
	f.seen[id] = struct{}{}
	if len(f.order) < f.maxSeen {
		f.order = append(f.order, id)
		return
	}
	delete(f.seen, f.order[f.next])
	f.order[f.next] = id
	f.next = (f.next + 1) % f.maxSeen
}

// appendLine appends one line to the file; f.mu is held.
func (f *feedbackLog) appendLine(line []byte) error {
	file, err := os.OpenFile(f.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open feedback file: %w", err)
	}
	if _, err := file.Write(line); err != nil {
		file.Close()
		return fmt.Errorf("append vote: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("close feedback file: %w", err)
	}
	return nil
}
