package llm

import (
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// DefaultBaseURL is OpenAI's API, used when a key is set without a base URL.
const DefaultBaseURL = "https://api.openai.com/v1"

// Defaults of the optional settings.
const (
	DefaultChatModel        = "gpt-4o-mini"
	DefaultTimeout          = 60 * time.Second
	DefaultTemperature      = 0.1
	DefaultMaxTokens        = 600
	DefaultMaxRetries       = 3
	DefaultPassages         = 6
	DefaultBreakerThreshold = 3
	DefaultBreakerCooldown  = 30 * time.Second
	DefaultRetryBase        = 500 * time.Millisecond
	DefaultRetryMaxWait     = 20 * time.Second
)

// Config is the model configuration. Its String and LogValue never show the
// API key.
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
	// Passages is how many retrieved paragraphs go into the prompt.
	Passages int
	// BreakerThreshold is how many model failures in a row open the circuit
	// breaker; while open, answers come from the fallback at once.
	BreakerThreshold int
	// BreakerCooldown is how long the breaker stays open before one trial
	// call is let through.
	BreakerCooldown time.Duration
	// RetryBase is the first backoff delay; each retry doubles it (with
	// jitter).
	RetryBase time.Duration
	// RetryMaxWait caps one wait between retries; a Retry-After longer than
	// this is not waited for (the call fails over to the fallback instead).
	RetryMaxWait time.Duration
}

// The environment variables ConfigFromEnv reads.
const (
	EnvAPIKey           = "OPENAI_API_KEY"
	EnvBaseURL          = "OPENAI_BASE_URL"
	EnvChatModel        = "FOOTNOTE_CHAT_MODEL"
	EnvEmbedModel       = "FOOTNOTE_EMBED_MODEL"
	EnvTimeout          = "FOOTNOTE_LLM_TIMEOUT"
	EnvTemperature      = "FOOTNOTE_TEMPERATURE"
	EnvMaxTokens        = "FOOTNOTE_MAX_TOKENS"
	EnvMaxRetries       = "FOOTNOTE_LLM_RETRIES"
	EnvPassages         = "FOOTNOTE_LLM_PASSAGES"
	EnvBreakerThreshold = "FOOTNOTE_LLM_BREAKER_THRESHOLD"
	EnvBreakerCooldown  = "FOOTNOTE_LLM_BREAKER_COOLDOWN"
)

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
	return slog.GroupValue(
		slog.String("mode", "llm"),
		slog.String("server", c.BaseURL),
		slog.String("chat_model", c.ChatModel),
		slog.String("embed_model", embed),
		slog.String("key", keyState(c.APIKey)),
		slog.Duration("timeout", c.Timeout),
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
	return c
}

// ConfigError is a setting that can't be used; Var names the environment
// variable to fix.
type ConfigError struct {
	Var   string
	Value string
	Msg   string
}

func (e *ConfigError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Var, e.Msg)
	}
	return fmt.Sprintf("%s=%q: %s", e.Var, e.Value, e.Msg)
}

// ConfigFromEnv reads the configuration from the environment through
// getenv (os.Getenv in production). Unset variables take their defaults; a
// value that doesn't parse or is out of range is a *ConfigError naming the
// variable. The key is never part of an error.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	c := Config{
		APIKey:           get(EnvAPIKey),
		BaseURL:          strings.TrimRight(get(EnvBaseURL), "/"),
		ChatModel:        get(EnvChatModel),
		EmbedModel:       get(EnvEmbedModel),
		Timeout:          DefaultTimeout,
		Temperature:      DefaultTemperature,
		MaxTokens:        DefaultMaxTokens,
		MaxRetries:       DefaultMaxRetries,
		Passages:         DefaultPassages,
		BreakerThreshold: DefaultBreakerThreshold,
		BreakerCooldown:  DefaultBreakerCooldown,
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Config{}, &ConfigError{Var: EnvBaseURL, Value: c.BaseURL,
				Msg: "want an http(s) URL such as https://api.openai.com/v1 or http://localhost:11434/v1"}
		}
		if u.User != nil {
			return Config{}, &ConfigError{Var: EnvBaseURL, Msg: "must not carry credentials; put the key in " + EnvAPIKey}
		}
	}
	var err error
	if c.Timeout, err = durationVar(get, EnvTimeout, DefaultTimeout, time.Second, 30*time.Minute); err != nil {
		return Config{}, err
	}
	if c.BreakerCooldown, err = durationVar(get, EnvBreakerCooldown, DefaultBreakerCooldown, time.Second, time.Hour); err != nil {
		return Config{}, err
	}
	if v := get(EnvTemperature); v != "" {
		f, perr := strconv.ParseFloat(v, 32)
		// NaN passes both comparisons below, and would make every request
		// fail to encode; reject it (and the infinities) by name.
		if perr != nil || !finite(f) || f < 0 || f > 2 {
			return Config{}, &ConfigError{Var: EnvTemperature, Value: v, Msg: "want a number from 0 to 2"}
		}
		c.Temperature = float32(f)
	}
	if c.MaxTokens, err = intVar(get, EnvMaxTokens, DefaultMaxTokens, 32, 32768); err != nil {
		return Config{}, err
	}
	if c.MaxRetries, err = intVar(get, EnvMaxRetries, DefaultMaxRetries, 0, 10); err != nil {
		return Config{}, err
	}
	if c.Passages, err = intVar(get, EnvPassages, DefaultPassages, 1, 30); err != nil {
		return Config{}, err
	}
	if c.BreakerThreshold, err = intVar(get, EnvBreakerThreshold, DefaultBreakerThreshold, 1, 100); err != nil {
		return Config{}, err
	}
	if c.Enabled() {
		c = c.withDefaults()
	}
	return c, nil
}

// finite reports whether f is neither NaN nor an infinity.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// validate rejects settings that no request could carry: a temperature
// that is NaN, infinite or out of range (json.Marshal fails on NaN and
// infinities, so every request would fail).
func (c Config) validate() error {
	if t := float64(c.Temperature); !finite(t) || t < 0 || t > 2 {
		return &ConfigError{Var: EnvTemperature, Value: strconv.FormatFloat(t, 'g', -1, 32), Msg: "want a number from 0 to 2"}
	}
	return nil
}

func intVar(get func(string) string, name string, def, lo, hi int) (int, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, &ConfigError{Var: name, Value: v, Msg: fmt.Sprintf("want a whole number from %d to %d", lo, hi)}
	}
	return n, nil
}

// durationVar reads a Go duration ("90s", "2m") or a number of seconds.
func durationVar(get func(string) string, name string, def, lo, hi time.Duration) (time.Duration, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		secs, aerr := strconv.ParseFloat(v, 64)
		if aerr != nil || !finite(secs) {
			return 0, &ConfigError{Var: name, Value: v, Msg: "want a duration such as 45s or 2m"}
		}
		// Compare before converting: a huge number of seconds overflows
		// time.Duration.
		if secs < lo.Seconds() || secs > hi.Seconds() {
			return 0, &ConfigError{Var: name, Value: v, Msg: fmt.Sprintf("want a duration from %s to %s", lo, hi)}
		}
		d = time.Duration(secs * float64(time.Second))
	}
	if d < lo || d > hi {
		return 0, &ConfigError{Var: name, Value: v, Msg: fmt.Sprintf("want a duration from %s to %s", lo, hi)}
	}
	return d, nil
}
