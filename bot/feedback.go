package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
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

// feedbackLog appends votes to a JSONL file, one write per line, so that
// concurrent votes never interleave and a crash loses at most the line
// being written.
type feedbackLog struct {
	path string
	salt []byte
	mu   sync.Mutex
}

func newFeedbackLog(path string, salt []byte) *feedbackLog {
	if path == "" {
		return nil
	}
	return &feedbackLog{path: path, salt: salt}
}

// hashUser returns the salted hash that stands for a user ID.
func (f *feedbackLog) hashUser(userID string) string {
	m := hmac.New(sha256.New, f.salt)
	m.Write([]byte(userID))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

func (f *feedbackLog) append(v Vote) error {
	line, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode vote: %w", err)
	}
	line = append(line, '\n')
	f.mu.Lock()
	defer f.mu.Unlock()
	file, err := os.OpenFile(f.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
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
