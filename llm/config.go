package llm

import (
	"fmt"
	"log/slog"
	"time"
)

// DefaultBaseURL is OpenAI's API, used when a key is set without a base URL.
const DefaultBaseURL = "https://api.openai.com/v1"

// Defaults of the optional settings.
const (
	DefaultChatModel   = "gpt-4o-mini"
	DefaultTimeout     = 60 * time.Second
	DefaultTemperature = 0.1
	DefaultMaxTokens   = 600
	DefaultMaxRetries  = 3
	DefaultPassages    = 6
	// DefaultContextWords is how many words of retrieved paragraphs the
	// prompt holds beyond the first Passages: more lets the model find
	// an answer the ranking put low, and costs prompt tokens, time to
	// the first token and paragraphs for the check to read. About 1,300
	// tokens; a short article fits whole (the Foreign Policy article has
	// 628 words).
	DefaultContextWords     = 1000
	DefaultBreakerThreshold = 3
	DefaultBreakerCooldown  = 30 * time.Second
	DefaultRetryBase        = 500 * time.Millisecond
	DefaultRetryMaxWait     = 20 * time.Second
	// DefaultFirstTokenTimeout ends a call whose first words haven't
	// come: shorter gives up on slow-to-start servers, longer holds the
	// user before the extractive answer.
	DefaultFirstTokenTimeout = 20 * time.Second
)

// Config is the model configuration, filled by the caller (footnote reads
// it from the environment); zero tunables take their defaults. Its String
// and LogValue never show the API key.
type Config struct {
	// APIKey is sent as a Bearer token; empty for local servers.
	APIKey string
	// BaseURL is the OpenAI-compatible API root, ending in /v1.
	BaseURL string
	// ChatModel names the chat model.
	ChatModel string
	// EmbedModel names the embedding model; empty means the built-in local
	// embedder (no call to /v1/embeddings).
	EmbedModel string
	// Timeout bounds one model call (all its retries included).
	Timeout time.Duration
	// Temperature is the sampling temperature, 0..2.
	Temperature float32
	// MaxTokens bounds the answer's length in tokens.
	MaxTokens int
	// MaxRetries is how many times a 429, a 5xx or a network error is retried.
	MaxRetries int
	// Passages is how many retrieved paragraphs go into the prompt at
	// least.
	Passages int
	// ContextWords is how many words of retrieved paragraphs the prompt
	// holds: after the first Passages, more are added in rank order
	// while their words fit.
	ContextWords int
	// BreakerThreshold is how many model failures in a row open the circuit
	// breaker; while open, answers come from the fallback at once.
	BreakerThreshold int
	// BreakerCooldown is how long the breaker stays open before one trial
	// call is let through.
	BreakerCooldown time.Duration
	// RetryBase is the first backoff delay; each retry doubles it (with
	// jitter).
	RetryBase time.Duration
	// FirstTokenTimeout bounds the wait for the first words of an answer
	// (retries included); a server that accepts the call and stays silent
	// then costs this, not the whole Timeout.
	FirstTokenTimeout time.Duration
	// Verify is VerifyOff or VerifyModel: whether the claims of a
	// structured answer that the deterministic check can't decide get a
	// second opinion from the model (see secondOpinion). Empty means off.
	Verify string
	// RetryMaxWait caps one wait between retries; a Retry-After longer than
	// this is not waited for (the call fails over to the fallback instead).
	RetryMaxWait time.Duration
}

// The variables a SetupError names, for the operator to fix.
const (
	EnvAPIKey     = "OPENAI_API_KEY"
	EnvBaseURL    = "OPENAI_BASE_URL"
	EnvChatModel  = "FOOTNOTE_CHAT_MODEL"
	EnvEmbedModel = "FOOTNOTE_EMBED_MODEL"
)

// Defaults returns the default configuration: no key and no base URL (the
// model disabled), and the default of every tunable. A key without a base
// URL means DefaultBaseURL.
func Defaults() Config {
	return Config{
		ChatModel:         DefaultChatModel,
		Timeout:           DefaultTimeout,
		Temperature:       DefaultTemperature,
		MaxTokens:         DefaultMaxTokens,
		MaxRetries:        DefaultMaxRetries,
		Passages:          DefaultPassages,
		ContextWords:      DefaultContextWords,
		BreakerThreshold:  DefaultBreakerThreshold,
		BreakerCooldown:   DefaultBreakerCooldown,
		FirstTokenTimeout: DefaultFirstTokenTimeout,
		RetryBase:         DefaultRetryBase,
		RetryMaxWait:      DefaultRetryMaxWait,
	}
}

// Enabled reports whether the model is to be used: a key or a base URL is
// set. With neither, Footnote runs in the offline extractive mode.
func (c Config) Enabled() bool { return c.APIKey != "" || c.BaseURL != "" }

// String describes the configuration without the key.
func (c Config) String() string {
	if !c.Enabled() {
		return "llm disabled (offline extractive mode)"
	}
	embed := c.EmbedModel
	if embed == "" {
		embed = "local"
	}
	return fmt.Sprintf("llm server=%s chat_model=%s embed_model=%s key=%s timeout=%s temperature=%g max_tokens=%d retries=%d",
		c.BaseURL, c.ChatModel, embed, keyState(c.APIKey), c.Timeout, c.Temperature, c.MaxTokens, c.MaxRetries)
}

// GoString is String, so that %#v cannot print the key either.
func (c Config) GoString() string { return c.String() }

// LogValue implements slog.LogValuer without the key.
func (c Config) LogValue() slog.Value {
	if !c.Enabled() {
		return slog.GroupValue(slog.String("mode", "extractive"))
	}
	embed := c.EmbedModel
	if embed == "" {
		embed = "local"
	}
	verify := c.Verify
	if verify == "" {
		verify = VerifyOff
	}
	return slog.GroupValue(
		slog.String("mode", "llm"),
		slog.String("server", c.BaseURL),
		slog.String("chat_model", c.ChatModel),
		slog.String("embed_model", embed),
		slog.String("key", keyState(c.APIKey)),
		slog.Duration("timeout", c.Timeout),
		slog.String("verify", verify),
	)
}

func keyState(k string) string {
	if k == "" {
		return "unset"
	}
	return "set"
}

// withDefaults fills the zero fields with the defaults.
func (c Config) withDefaults() Config {
	if c.BaseURL == "" && c.APIKey != "" {
		c.BaseURL = DefaultBaseURL
	}
	if c.ChatModel == "" {
		c.ChatModel = DefaultChatModel
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.Passages <= 0 {
		c.Passages = DefaultPassages
	}
	if c.ContextWords <= 0 {
		c.ContextWords = DefaultContextWords
	}
	if c.BreakerThreshold <= 0 {
		c.BreakerThreshold = DefaultBreakerThreshold
	}
	if c.BreakerCooldown <= 0 {
		c.BreakerCooldown = DefaultBreakerCooldown
	}
	if c.RetryBase <= 0 {
		c.RetryBase = DefaultRetryBase
	}
	if c.RetryMaxWait <= 0 {
		c.RetryMaxWait = DefaultRetryMaxWait
	}
	if c.FirstTokenTimeout <= 0 {
		c.FirstTokenTimeout = DefaultFirstTokenTimeout
	}
	return c
}
