package bot

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
)

// DefaultAPIBase is Discord's own API base.
const DefaultAPIBase = "https://discord.com"

// Config configures the bot. It is a value: build it with ConfigFromEnv or
// by hand, then pass it to New. Its String method never shows the token.
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
		MaxQuestionLen: 500,
		UserRate:       6,
		UserBurst:      3,
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
	return fmt.Sprintf("bot.Config{Token:%s APIBase:%s GuildID:%q Shard:%d/%d MessageContent:%t MaxQuestionLen:%d "+
		"UserRate:%g/min burst %d GuildRate:%g/min burst %d FeedbackPath:%q FeedbackSalt:%s AnswerTimeout:%s "+
		"StreamInterval:%s ShutdownGrace:%s MemorySize:%d}",
		hide(c.Token), c.APIBase, c.GuildID, c.ShardID, c.ShardCount, c.MessageContent, c.MaxQuestionLen,
		c.UserRate, c.UserBurst, c.GuildRate, c.GuildBurst, c.FeedbackPath, hide(c.FeedbackSalt), c.AnswerTimeout,
		c.StreamInterval, c.ShutdownGrace, c.MemorySize)
}

// GoString is String, so that %#v cannot print the token either.
func (c Config) GoString() string { return c.String() }

// ConfigError names the environment variable or field that is wrong.
type ConfigError struct {
	// Name is the variable (or field) name, e.g. DISCORD_SHARD_ID.
	Name string
	// Value is the rejected value; never set for secrets.
	Value string
	Err   error
}

func (e *ConfigError) Error() string {
	if e.Value != "" {
		return fmt.Sprintf("%s=%q: %v", e.Name, e.Value, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

// Environment variables read by ConfigFromEnv.
const (
	EnvToken          = "DISCORD_TOKEN"
	EnvAPIBase        = "DISCORD_API_BASE"
	EnvGuildID        = "DISCORD_GUILD_ID"
	EnvShardID        = "DISCORD_SHARD_ID"
	EnvShardCount     = "DISCORD_SHARD_COUNT"
	EnvMessageContent = "DISCORD_MESSAGE_CONTENT"
	EnvMaxQuestion    = "FOOTNOTE_MAX_QUESTION_LEN"
	EnvRateUser       = "FOOTNOTE_RATE_USER"
	EnvRateUserBurst  = "FOOTNOTE_RATE_USER_BURST"
	EnvRateGuild      = "FOOTNOTE_RATE_GUILD"
	EnvRateGuildBurst = "FOOTNOTE_RATE_GUILD_BURST"
	EnvFeedbackPath   = "FOOTNOTE_FEEDBACK_PATH"
	EnvFeedbackSalt   = "FOOTNOTE_FEEDBACK_SALT"
	EnvAnswerTimeout  = "FOOTNOTE_ANSWER_TIMEOUT"
	EnvStreamInterval = "FOOTNOTE_STREAM_INTERVAL"
	EnvShutdownGrace  = "FOOTNOTE_SHUTDOWN_GRACE"
)

// ConfigFromEnv reads the configuration from environment variables through
// getenv (os.Getenv in production), starting from Defaults. An error names
// the bad variable. The token is required.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Defaults()
	c.Token = strings.TrimSpace(getenv(EnvToken))
	if v := strings.TrimSpace(getenv(EnvAPIBase)); v != "" {
		c.APIBase = v
	}
	c.GuildID = strings.TrimSpace(getenv(EnvGuildID))
	c.FeedbackSalt = getenv(EnvFeedbackSalt)
	if v, ok := lookup(getenv, EnvFeedbackPath); ok {
		c.FeedbackPath = v
	}
	var errs []error
	intVar := func(name string, dst *int) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, &ConfigError{Name: name, Value: v, Err: fmt.Errorf("not an integer")})
				return
			}
			*dst = n
		}
	}
	floatVar := func(name string, dst *float64) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				errs = append(errs, &ConfigError{Name: name, Value: v, Err: fmt.Errorf("not a number")})
				return
			}
			*dst = f
		}
	}
	durVar := func(name string, dst *time.Duration) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, &ConfigError{Name: name, Value: v, Err: fmt.Errorf("not a duration like 30s")})
				return
			}
			*dst = d
		}
	}
	intVar(EnvShardID, &c.ShardID)
	intVar(EnvShardCount, &c.ShardCount)
	intVar(EnvMaxQuestion, &c.MaxQuestionLen)
	floatVar(EnvRateUser, &c.UserRate)
	intVar(EnvRateUserBurst, &c.UserBurst)
	floatVar(EnvRateGuild, &c.GuildRate)
	intVar(EnvRateGuildBurst, &c.GuildBurst)
	durVar(EnvAnswerTimeout, &c.AnswerTimeout)
	durVar(EnvStreamInterval, &c.StreamInterval)
	durVar(EnvShutdownGrace, &c.ShutdownGrace)
	if v := strings.TrimSpace(getenv(EnvMessageContent)); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, &ConfigError{Name: EnvMessageContent, Value: v, Err: fmt.Errorf("not a boolean")})
		}
		c.MessageContent = b
	}
	if len(errs) > 0 {
		return Config{}, errs[0]
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// lookup distinguishes an empty variable from an unset one: getenv cannot,
// so an explicitly empty value is given as "-" to mean "off".
func lookup(getenv func(string) string, name string) (string, bool) {
	v := strings.TrimSpace(getenv(name))
	switch v {
	case "":
		return "", false
	case "-", "off", "none":
		return "", true
	}
	return v, true
}

// Validate checks the configuration; errors name the environment variable
// that sets the bad field.
func (c Config) Validate() error {
	tok := strings.TrimSpace(strings.TrimPrefix(c.Token, "Bot "))
	switch {
	case tok == "":
		return &ConfigError{Name: EnvToken, Err: fmt.Errorf("is required (the bot token from the Discord developer portal)")}
	case strings.ContainsAny(tok, " \t\r\n"):
		return &ConfigError{Name: EnvToken, Err: fmt.Errorf("contains whitespace")}
	}
	u, err := url.Parse(c.APIBase)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ConfigError{Name: EnvAPIBase, Value: c.APIBase, Err: fmt.Errorf("must be an http(s) URL like %s", DefaultAPIBase)}
	}
	if c.GuildID != "" {
		if _, err := strconv.ParseUint(c.GuildID, 10, 64); err != nil {
			return &ConfigError{Name: EnvGuildID, Value: c.GuildID, Err: fmt.Errorf("must be a numeric guild ID")}
		}
	}
	if c.ShardCount < 1 {
		return &ConfigError{Name: EnvShardCount, Value: strconv.Itoa(c.ShardCount), Err: fmt.Errorf("must be at least 1")}
	}
	if c.ShardID < 0 || c.ShardID >= c.ShardCount {
		return &ConfigError{Name: EnvShardID, Value: strconv.Itoa(c.ShardID), Err: fmt.Errorf("must be in [0, %d)", c.ShardCount)}
	}
	if c.MaxQuestionLen < 1 || c.MaxQuestionLen > footnote.MaxQuestionRunes {
		return &ConfigError{Name: EnvMaxQuestion, Value: strconv.Itoa(c.MaxQuestionLen),
			Err: fmt.Errorf("must be in [1, %d] (the answerers refuse longer questions)", footnote.MaxQuestionRunes)}
	}
	for _, r := range []struct {
		name string
		rate float64
	}{{EnvRateUser, c.UserRate}, {EnvRateGuild, c.GuildRate}} {
		if math.IsNaN(r.rate) || math.IsInf(r.rate, 0) {
			return &ConfigError{Name: r.name, Value: strconv.FormatFloat(r.rate, 'g', -1, 64), Err: fmt.Errorf("must be a finite number of questions per minute (0 disables)")}
		}
		if r.rate < 0 {
			return &ConfigError{Name: r.name, Value: strconv.FormatFloat(r.rate, 'g', -1, 64), Err: fmt.Errorf("must not be negative (0 disables)")}
		}
	}
	for _, b := range []struct {
		name  string
		burst int
		rate  float64
	}{{EnvRateUserBurst, c.UserBurst, c.UserRate}, {EnvRateGuildBurst, c.GuildBurst, c.GuildRate}} {
		if b.rate > 0 && b.burst < 1 {
			return &ConfigError{Name: b.name, Value: strconv.Itoa(b.burst), Err: fmt.Errorf("must be at least 1")}
		}
	}
	for _, d := range []struct {
		name string
		d    time.Duration
	}{{EnvAnswerTimeout, c.AnswerTimeout}, {EnvShutdownGrace, c.ShutdownGrace}} {
		if d.d <= 0 {
			return &ConfigError{Name: d.name, Value: d.d.String(), Err: fmt.Errorf("must be positive")}
		}
	}
	if c.StreamInterval < 0 {
		return &ConfigError{Name: EnvStreamInterval, Value: c.StreamInterval.String(), Err: fmt.Errorf("must not be negative")}
	}
	if c.MemorySize < 1 {
		return &ConfigError{Name: "MemorySize", Value: strconv.Itoa(c.MemorySize), Err: fmt.Errorf("must be positive")}
	}
	return nil
}

// botToken returns the token with the "Bot " prefix discordgo needs.
func (c Config) botToken() string {
	t := strings.TrimSpace(c.Token)
	if strings.HasPrefix(t, "Bot ") {
		return t
	}
	return "Bot " + t
}
