package bot

import (
	"fmt"
	"strings"
	"time"
)

// DefaultAPIBase is Discord's own API base.
const DefaultAPIBase = "https://discord.com"

// Config configures the bot. It is a value, filled by the caller (footnote
// reads and checks it from the environment), then passed to New. Its String
// method never shows the token.
type Config struct {
	// Token is the bot token, with or without the "Bot " prefix.
	Token string
	// APIBase receives every REST call, gateway discovery included
	// (scheme, host and an optional path prefix). Default DefaultAPIBase.
	APIBase string
	// GuildID, if set, registers the commands in that guild only (instant)
	// instead of globally.
	GuildID string
	// ShardID and ShardCount select this process's gateway shard.
	ShardID, ShardCount int
	// MessageContent requests the privileged Message Content intent. It is
	// not needed for DMs, mentions or replies that ping the bot.
	MessageContent bool
	// MentionThreads answers a mention in a thread started on it, where
	// later messages are follow-ups (without a mention if the Message
	// Content intent is on, else as replies or mentions).
	MentionThreads bool

	// MaxQuestionLen caps a question's length in characters; at most
	// footnote.MaxQuestionRunes, which the answerers enforce.
	MaxQuestionLen int
	// UserRate and UserBurst limit questions per user (per minute, burst);
	// GuildRate and GuildBurst per guild. A rate of 0 disables that limit.
	UserRate   float64
	UserBurst  int
	GuildRate  float64
	GuildBurst int

	// FeedbackPath is the append-only JSONL file of 👍/👎 votes; empty
	// disables the buttons.
	FeedbackPath string
	// FeedbackSalt salts the hash of voters' user IDs; if empty a random
	// salt is drawn at start (hashes then differ across restarts).
	FeedbackSalt string

	// AnswerTimeout bounds one answer.
	AnswerTimeout time.Duration
	// StreamInterval is the least time between two edits of a streamed answer.
	StreamInterval time.Duration
	// ShutdownGrace bounds how long in-flight questions may finish on shutdown.
	ShutdownGrace time.Duration
	// MemorySize is how many answers are remembered for follow-ups and votes.
	MemorySize int
}

// Defaults returns the default configuration (without a token).
func Defaults() Config {
	return Config{
		APIBase:        DefaultAPIBase,
		ShardCount:     1,
		MentionThreads: true,
		MaxQuestionLen: 500,
		UserRate:       6,
		UserBurst:      5,
		GuildRate:      60,
		GuildBurst:     20,
		FeedbackPath:   "feedback.jsonl",
		AnswerTimeout:  2 * time.Minute,
		StreamInterval: time.Second,
		ShutdownGrace:  20 * time.Second,
		MemorySize:     1000,
	}
}

// String describes the configuration with the token and salt hidden.
func (c Config) String() string {
	hide := func(s string) string {
		if s == "" {
			return "unset"
		}
		return "set"
	}
	return fmt.Sprintf("bot.Config{Token:%s APIBase:%s GuildID:%q Shard:%d/%d MessageContent:%t MentionThreads:%t MaxQuestionLen:%d "+
		"UserRate:%g/min burst %d GuildRate:%g/min burst %d FeedbackPath:%q FeedbackSalt:%s AnswerTimeout:%s "+
		"StreamInterval:%s ShutdownGrace:%s MemorySize:%d}",
		hide(c.Token), c.APIBase, c.GuildID, c.ShardID, c.ShardCount, c.MessageContent, c.MentionThreads, c.MaxQuestionLen,
		c.UserRate, c.UserBurst, c.GuildRate, c.GuildBurst, c.FeedbackPath, hide(c.FeedbackSalt), c.AnswerTimeout,
		c.StreamInterval, c.ShutdownGrace, c.MemorySize)
}

// GoString is String, so that %#v cannot print the token either.
func (c Config) GoString() string { return c.String() }

// HasToken reports whether a token is set.
func (c Config) HasToken() bool {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Token), "Bot ")) != ""
}

// botToken returns the token with the "Bot " prefix discordgo needs.
func (c Config) botToken() string {
	t := strings.TrimSpace(c.Token)
	if strings.HasPrefix(t, "Bot ") {
		return t
	}
	return "Bot " + t
}
