package main

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	envparse "github.com/caarlos0/env/v11"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/llm"
)

// settings is every setting of Footnote, typed: its own, the model's and
// the Discord bot's. readSettings is the only reader of the variables.
type settings struct {
	App config
	LLM llm.Config
	Bot bot.Config
}

// readSettings reads every variable once. A variable present in the
// environment (lookup, os.LookupEnv in production) wins over the .env file
// at dotenvPath even when it is empty, as with godotenv and docker compose;
// an empty or unset variable keeps its default. Every bad variable is
// reported, each as a *settingError naming it (a secret's value is never
// part of one).
func readSettings(lookup func(string) (string, bool), dotenvPath string) (settings, error) {
	vars, err := readDotEnv(dotenvPath)
	if err != nil {
		return settings{}, err
	}
	s := settings{
		App: config{DocsDir: defaultDocsDir, TopK: defaultTopK, ChunkWords: defaultChunkWords},
		LLM: llm.Defaults(),
		Bot: bot.Defaults(),
	}
	logLevel := defaultLogLevel
	b := s.bind(&logLevel)
	for _, name := range b.names() {
		if v, ok := lookup(name); ok {
			vars[name] = v
		}
	}
	for k, v := range vars {
		vars[k] = strings.TrimSpace(v)
	}
	failed := map[string]bool{}
	errs := unknownSettings(dotenvPath, vars, b.names())
	errs = append(errs, b.parse(vars, failed)...)
	errs = append(errs, s.resolve(vars, logLevel, failed)...)
	if len(errs) > 0 {
		return settings{}, errors.Join(errs...)
	}
	return s, nil
}

// bindings ties each variable (the env tag) to the typed field it sets.
// range is the allowed interval, "lo,hi", either end open; numbers must
// also be finite. Fields without a range are checked in resolve.
type bindings struct {
	DocsDir    *string `env:"FOOTNOTE_DOCS_DIR"`
	DataDir    *string `env:"FOOTNOTE_DATA_DIR"`
	TopK       *int    `env:"FOOTNOTE_TOP_K" range:"1,50"`
	ChunkWords *int    `env:"FOOTNOTE_CHUNK_WORDS" range:"20,5000"`
	LogLevel   *string `env:"FOOTNOTE_LOG_LEVEL"`
	// FetchAllowPrivate: see config.FetchAllowPrivate.
	FetchAllowPrivate *bool `env:"FOOTNOTE_FETCH_ALLOW_PRIVATE"`

	APIKey           *string        `env:"OPENAI_API_KEY"`
	BaseURL          *string        `env:"OPENAI_BASE_URL"`
	ChatModel        *string        `env:"FOOTNOTE_CHAT_MODEL"`
	EmbedModel       *string        `env:"FOOTNOTE_EMBED_MODEL"`
	Timeout          *time.Duration `env:"FOOTNOTE_LLM_TIMEOUT" range:"1s,30m"`
	Temperature      *float32       `env:"FOOTNOTE_TEMPERATURE" range:"0,2"`
	MaxTokens        *int           `env:"FOOTNOTE_MAX_TOKENS" range:"32,32768"`
	MaxRetries       *int           `env:"FOOTNOTE_LLM_RETRIES" range:"0,10"`
	Passages         *int           `env:"FOOTNOTE_LLM_PASSAGES" range:"1,30"`
	ContextWords     *int           `env:"FOOTNOTE_LLM_CONTEXT_WORDS" range:"1,20000"`
	BreakerThreshold *int           `env:"FOOTNOTE_LLM_BREAKER_THRESHOLD" range:"1,100"`
	BreakerCooldown  *time.Duration `env:"FOOTNOTE_LLM_BREAKER_COOLDOWN" range:"1s,1h"`
	FirstToken       *time.Duration `env:"FOOTNOTE_LLM_FIRST_TOKEN_TIMEOUT" range:"1s,30m"`
	// Verify is checked in resolve: off or model.
	Verify *string `env:"FOOTNOTE_VERIFY"`

	Token          *string        `env:"DISCORD_TOKEN"`
	APIBase        *string        `env:"DISCORD_API_BASE"`
	GuildID        *string        `env:"DISCORD_GUILD_ID"`
	ShardID        *int           `env:"DISCORD_SHARD_ID" range:"0,"`
	ShardCount     *int           `env:"DISCORD_SHARD_COUNT" range:"1,"`
	MessageContent *bool          `env:"DISCORD_MESSAGE_CONTENT"`
	MentionThreads *bool          `env:"DISCORD_MENTION_THREADS"`
	MaxQuestionLen *int           `env:"FOOTNOTE_MAX_QUESTION_LEN" range:"1,"`
	UserRate       *float64       `env:"FOOTNOTE_RATE_USER" range:"0,"`
	UserBurst      *int           `env:"FOOTNOTE_RATE_USER_BURST"`
	GuildRate      *float64       `env:"FOOTNOTE_RATE_GUILD" range:"0,"`
	GuildBurst     *int           `env:"FOOTNOTE_RATE_GUILD_BURST"`
	FeedbackPath   *string        `env:"FOOTNOTE_FEEDBACK_PATH"`
	FeedbackSalt   *string        `env:"FOOTNOTE_FEEDBACK_SALT"`
	AnswerTimeout  *time.Duration `env:"FOOTNOTE_ANSWER_TIMEOUT" range:"1ns,"`
	StreamInterval *time.Duration `env:"FOOTNOTE_STREAM_INTERVAL" range:"0s,"`
	ShutdownGrace  *time.Duration `env:"FOOTNOTE_SHUTDOWN_GRACE" range:"1ns,"`
}

// bind points every variable at its field of s (and the log level at
// logLevel, read as text).
func (s *settings) bind(logLevel *string) bindings {
	a, l, b := &s.App, &s.LLM, &s.Bot
	return bindings{
		DocsDir: &a.DocsDir, DataDir: &a.DataDir, TopK: &a.TopK, ChunkWords: &a.ChunkWords, LogLevel: logLevel,
		FetchAllowPrivate: &a.FetchAllowPrivate,

		APIKey: &l.APIKey, BaseURL: &l.BaseURL, ChatModel: &l.ChatModel, EmbedModel: &l.EmbedModel,
		Timeout: &l.Timeout, Temperature: &l.Temperature, MaxTokens: &l.MaxTokens, MaxRetries: &l.MaxRetries,
		Passages: &l.Passages, ContextWords: &l.ContextWords, BreakerThreshold: &l.BreakerThreshold, BreakerCooldown: &l.BreakerCooldown,
		FirstToken: &l.FirstTokenTimeout, Verify: &l.Verify,

		Token: &b.Token, APIBase: &b.APIBase, GuildID: &b.GuildID, ShardID: &b.ShardID, ShardCount: &b.ShardCount,
		MessageContent: &b.MessageContent, MentionThreads: &b.MentionThreads, MaxQuestionLen: &b.MaxQuestionLen,
		UserRate: &b.UserRate, UserBurst: &b.UserBurst, GuildRate: &b.GuildRate, GuildBurst: &b.GuildBurst,
		FeedbackPath: &b.FeedbackPath, FeedbackSalt: &b.FeedbackSalt,
		AnswerTimeout: &b.AnswerTimeout, StreamInterval: &b.StreamInterval, ShutdownGrace: &b.ShutdownGrace,
	}
}

// isDuration reports whether t is time.Duration, read by parseDuration.
func isDuration(t reflect.Type) bool { return t == reflect.TypeFor[time.Duration]() }

// names lists every variable Footnote reads.
func (b bindings) names() []string {
	t := reflect.TypeOf(b)
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Tag.Get("env")
	}
	return names
}

// parse sets the fields from vars and checks the ranges. A variable that
// fails is added to failed.
func (b bindings) parse(vars map[string]string, failed map[string]bool) []error {
	t := reflect.TypeOf(b)
	err := envparse.ParseWithOptions(&b, envparse.Options{
		Environment: vars,
		FuncMap:     map[reflect.Type]envparse.ParserFunc{reflect.TypeFor[time.Duration](): parseDuration},
	})
	var errs []error
	var agg envparse.AggregateError
	if errors.As(err, &agg) {
		for _, e := range agg.Errors {
			var pe envparse.ParseError
			var f reflect.StructField
			ok := errors.As(e, &pe)
			if ok {
				f, ok = t.FieldByName(pe.Name)
			}
			if !ok {
				errs = append(errs, fmt.Errorf("read settings: %w", e))
				continue
			}
			name := f.Tag.Get("env")
			failed[name] = true
			errs = append(errs, &settingError{Var: name, Value: vars[name], Reason: want(f)})
		}
	} else if err != nil {
		return []error{fmt.Errorf("read settings: %w", err)}
	}
	v := reflect.ValueOf(b)
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("env")
		if failed[name] {
			continue
		}
		ok, err := inRange(f, v.Field(i).Elem())
		if err != nil {
			errs = append(errs, err)
		} else if !ok {
			failed[name] = true
			errs = append(errs, &settingError{Var: name, Value: vars[name], Reason: want(f)})
		}
	}
	return errs
}

// inRange reports whether v is finite and within f's range tag.
func inRange(f reflect.StructField, v reflect.Value) (bool, error) {
	lo, hi, ok := strings.Cut(f.Tag.Get("range"), ",")
	if !ok {
		return true, nil
	}
	var x float64
	switch v.Kind() {
	case reflect.Int, reflect.Int64:
		x = float64(v.Int())
	case reflect.Float32, reflect.Float64:
		x = v.Float()
	default:
		return false, fmt.Errorf("read settings: %s: no range check for a %s", f.Name, v.Type())
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return false, nil
	}
	for _, end := range []struct {
		bound string
		ok    func(b float64) bool
	}{{lo, func(b float64) bool { return x >= b }}, {hi, func(b float64) bool { return x <= b }}} {
		if end.bound == "" {
			continue
		}
		b, err := rangeBound(v.Type(), end.bound)
		if err != nil {
			return false, fmt.Errorf("read settings: %s: range %q: %w", f.Name, f.Tag.Get("range"), err)
		}
		if !end.ok(b) {
			return false, nil
		}
	}
	return true, nil
}

// rangeBound reads one end of a range tag, a duration for durations.
func rangeBound(t reflect.Type, s string) (float64, error) {
	if isDuration(t) {
		d, err := time.ParseDuration(s)
		return float64(d), err
	}
	return strconv.ParseFloat(s, 64)
}

// want words what a variable accepts, from its type and range tag.
func want(f reflect.StructField) string {
	var what string
	switch t := f.Type.Elem(); {
	case isDuration(t):
		what = "a duration such as 45s or 2m, or a number of seconds,"
	case t.Kind() == reflect.Bool:
		return "want true or false"
	case t.Kind() == reflect.Int:
		what = "a whole number"
	default:
		what = "a finite number"
	}
	lo, hi, _ := strings.Cut(f.Tag.Get("range"), ",")
	switch {
	case lo != "" && hi != "":
		what += fmt.Sprintf(" from %s to %s", lo, hi)
	case lo != "":
		what += " of at least " + lo
	case hi != "":
		what += " of at most " + hi
	}
	return "want " + strings.TrimSuffix(what, ",")
}

// maxSeconds is the longest duration a time.Duration holds, in seconds; a
// larger number of seconds would overflow.
const maxSeconds = float64(math.MaxInt64 / int64(time.Second))

// parseDuration reads a Go duration ("45s", "2m") or a plain number of
// seconds ("45").
func parseDuration(v string) (any, error) {
	if d, err := time.ParseDuration(v); err == nil {
		return d, nil
	}
	secs, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(secs) || math.Abs(secs) > maxSeconds {
		return nil, errors.New("not a duration")
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// resolve checks what a range cannot (URLs, IDs, names, one variable
// against another) and fills the defaults that depend on other settings.
// Variables in failed are already reported.
func (s *settings) resolve(vars map[string]string, logLevel string, failed map[string]bool) []error {
	var errs []error
	bad := func(name, value, reason string) {
		if !failed[name] {
			errs = append(errs, &settingError{Var: name, Value: value, Reason: reason})
		}
	}
	if s.App.DataDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			bad("FOOTNOTE_DATA_DIR", "", fmt.Sprintf("unset, and there is no user cache directory (%v): set it", err))
		} else {
			s.App.DataDir = filepath.Join(dir, "footnote")
		}
	}
	switch strings.ToLower(logLevel) {
	case "debug":
		s.App.LogLevel = slog.LevelDebug
	case "info":
		s.App.LogLevel = slog.LevelInfo
	case "warn", "warning":
		s.App.LogLevel = slog.LevelWarn
	case "error":
		s.App.LogLevel = slog.LevelError
	default:
		bad("FOOTNOTE_LOG_LEVEL", logLevel, "want debug, info, warn or error")
	}

	switch v := strings.ToLower(s.LLM.Verify); v {
	case "", llm.VerifyOff:
		s.LLM.Verify = llm.VerifyOff
	case llm.VerifyModel:
		s.LLM.Verify = v
	default:
		bad(llm.EnvVerify, s.LLM.Verify, "want off or model")
	}

	s.LLM.BaseURL = strings.TrimRight(s.LLM.BaseURL, "/")
	if s.LLM.BaseURL != "" {
		if u, ok := httpURL(s.LLM.BaseURL); !ok {
			bad("OPENAI_BASE_URL", s.LLM.BaseURL, "want an http(s) URL such as https://api.openai.com/v1 or http://localhost:11434/v1")
		} else if u.User != nil {
			bad("OPENAI_BASE_URL", "", "must not carry credentials; put the key in OPENAI_API_KEY")
		}
	} else if s.LLM.APIKey != "" {
		s.LLM.BaseURL = llm.DefaultBaseURL
	}

	if strings.ContainsAny(strings.TrimPrefix(s.Bot.Token, "Bot "), " \t\r\n") {
		bad("DISCORD_TOKEN", "", "contains whitespace")
	}
	// The bot token goes with every request to DISCORD_API_BASE: only
	// over TLS, or to this machine.
	if u, ok := httpURL(s.Bot.APIBase); !ok {
		bad("DISCORD_API_BASE", s.Bot.APIBase, "want an http(s) URL such as "+bot.DefaultAPIBase)
	} else if u.User != nil {
		bad("DISCORD_API_BASE", "", "must not carry credentials (user:password@); the bot token is the only one Discord takes")
	} else if u.Scheme != "https" && !loopbackHost(u.Hostname()) {
		bad("DISCORD_API_BASE", s.Bot.APIBase, "want https (http only for a loopback host such as 127.0.0.1 or localhost): the bot token travels with every request")
	}
	if s.Bot.GuildID != "" {
		if _, err := strconv.ParseUint(s.Bot.GuildID, 10, 64); err != nil {
			bad("DISCORD_GUILD_ID", s.Bot.GuildID, "want a numeric guild ID")
		}
	}
	if !failed["DISCORD_SHARD_COUNT"] && s.Bot.ShardID >= s.Bot.ShardCount {
		bad("DISCORD_SHARD_ID", vars["DISCORD_SHARD_ID"], fmt.Sprintf("want a whole number from 0 to %d (below DISCORD_SHARD_COUNT)", s.Bot.ShardCount-1))
	}
	if s.Bot.MaxQuestionLen > footnote.MaxQuestionRunes {
		bad("FOOTNOTE_MAX_QUESTION_LEN", vars["FOOTNOTE_MAX_QUESTION_LEN"],
			fmt.Sprintf("want a whole number from 1 to %d (the answerers refuse longer questions)", footnote.MaxQuestionRunes))
	}
	for _, r := range []struct {
		name  string
		rate  float64
		burst int
	}{{"FOOTNOTE_RATE_USER_BURST", s.Bot.UserRate, s.Bot.UserBurst}, {"FOOTNOTE_RATE_GUILD_BURST", s.Bot.GuildRate, s.Bot.GuildBurst}} {
		if r.rate > 0 && r.burst < 1 {
			bad(r.name, vars[r.name], "want a whole number of at least 1 (while the rate is above 0)")
		}
	}
	switch strings.ToLower(s.Bot.FeedbackPath) {
	case "", feedbackOff, "-", "none":
		s.Bot.FeedbackPath = ""
	}
	if vars["FOOTNOTE_FEEDBACK_PATH"] == "" {
		s.Bot.FeedbackPath = filepath.Join(s.App.DataDir, feedbackFile)
	}
	return errs
}

// requireToken reports a missing DISCORD_TOKEN: serve needs one.
func (s settings) requireToken() error {
	if !s.Bot.HasToken() {
		return &settingError{Var: "DISCORD_TOKEN", Reason: "is required (the bot token from the Discord developer portal)"}
	}
	return nil
}

// loopbackHost reports whether host is this machine: "localhost" or a
// loopback address.
func loopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// httpURL parses an http(s) URL with a host.
func httpURL(s string) (*url.URL, bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return u, true
}
