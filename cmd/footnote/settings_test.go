package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/llm"
)

// lookupOf is an environment of exactly vars (key, value, key, value...).
func lookupOf(vars ...string) func(string) (string, bool) {
	m := map[string]string{}
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
	}
	return func(k string) (string, bool) {
		v, ok := m[k]
		return v, ok
	}
}

// dotEnv writes a .env file with content and returns its path.
func dotEnv(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// noDotEnv is a .env path where there is none.
func noDotEnv(t *testing.T) string { return filepath.Join(t.TempDir(), ".env") }

// TestEverySettingIsDocumented checks that .env.example and the README's
// settings table name every variable the reader reads, and that no package
// reads one the reader doesn't know.
func TestEverySettingIsDocumented(t *testing.T) {
	names := (bindings{}).names()
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	if len(known) != len(names) || len(names) < 30 {
		t.Fatalf("names %v: duplicated or too few", names)
	}
	re := regexp.MustCompile(`"((?:FOOTNOTE|DISCORD|OPENAI)_[A-Z0-9_]+)"`)
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if !known[m[1]] {
				t.Errorf("%s names %s, which the settings reader does not read", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	example, _ := os.ReadFile("../../.env.example")
	readme, _ := os.ReadFile("../../README.md")
	for _, v := range names {
		if !regexp.MustCompile(`(?m)^` + v + `=`).Match(example) {
			t.Errorf(".env.example lacks %s", v)
		}
		if !strings.Contains(string(readme), "`"+v+"`") {
			t.Errorf("README lacks %s", v)
		}
	}
}

// TestExampleHoldsTheDefaults: .env.example, copied as it is to .env,
// changes nothing, so the defaults it shows are the real ones.
func TestExampleHoldsTheDefaults(t *testing.T) {
	want, err := readSettings(lookupOf(), noDotEnv(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := readSettings(lookupOf(), "../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf(".env.example:\n%+v\ndefaults:\n%+v", got, want)
	}
	if want.LLM.Enabled() || want.App.TopK != 5 || want.Bot.ShardCount != 1 || want.Bot.FeedbackPath != filepath.Join(want.App.DataDir, "feedback.jsonl") {
		t.Errorf("defaults %+v", want)
	}
}

func TestReadSettings(t *testing.T) {
	tests := []struct {
		name  string
		env   []string
		check func(t *testing.T, s settings)
	}{
		{"key only: OpenAI", []string{"OPENAI_API_KEY", "sk-x"}, func(t *testing.T, s settings) {
			if !s.LLM.Enabled() || s.LLM.BaseURL != llm.DefaultBaseURL || s.LLM.ChatModel != llm.DefaultChatModel || s.LLM.Timeout != llm.DefaultTimeout {
				t.Errorf("llm %+v", s.LLM)
			}
		}},
		{"base URL without key: a local server", []string{"OPENAI_BASE_URL", "http://localhost:11434/v1/", "FOOTNOTE_CHAT_MODEL", "llama3.2", "FOOTNOTE_EMBED_MODEL", "nomic-embed-text"},
			func(t *testing.T, s settings) {
				if !s.LLM.Enabled() || s.LLM.APIKey != "" || s.LLM.BaseURL != "http://localhost:11434/v1" || s.LLM.ChatModel != "llama3.2" || s.LLM.EmbedModel != "nomic-embed-text" {
					t.Errorf("llm %+v", s.LLM)
				}
			}},
		{"every tunable", []string{"OPENAI_API_KEY", "k", "FOOTNOTE_LLM_TIMEOUT", "90s", "FOOTNOTE_TEMPERATURE", "0", "FOOTNOTE_MAX_TOKENS", "1200",
			"FOOTNOTE_LLM_RETRIES", "0", "FOOTNOTE_LLM_PASSAGES", "8", "FOOTNOTE_LLM_CONTEXT_WORDS", "400", "FOOTNOTE_LLM_BREAKER_THRESHOLD", "5", "FOOTNOTE_LLM_BREAKER_COOLDOWN", "2m",
			"FOOTNOTE_VERIFY", "Model",
			"FOOTNOTE_TOP_K", " 7 ", "FOOTNOTE_CHUNK_WORDS", "300", "FOOTNOTE_LOG_LEVEL", "WARNING", "FOOTNOTE_DOCS_DIR", "/articles", "FOOTNOTE_DATA_DIR", "/var/footnote"},
			func(t *testing.T, s settings) {
				l := s.LLM
				if l.Timeout != 90*time.Second || l.Temperature != 0 || l.MaxTokens != 1200 || l.MaxRetries != 0 || l.Passages != 8 || l.ContextWords != 400 || l.BreakerThreshold != 5 || l.BreakerCooldown != 2*time.Minute || l.Verify != llm.VerifyModel {
					t.Errorf("llm %+v", l)
				}
				if a := s.App; a.TopK != 7 || a.ChunkWords != 300 || a.LogLevel != slog.LevelWarn || a.DocsDir != "/articles" || a.DataDir != "/var/footnote" {
					t.Errorf("app %+v", a)
				}
				if s.Bot.FeedbackPath != "/var/footnote/feedback.jsonl" {
					t.Errorf("feedback path %q", s.Bot.FeedbackPath)
				}
			}},
		{"durations in plain seconds", []string{"FOOTNOTE_LLM_TIMEOUT", "45", "FOOTNOTE_ANSWER_TIMEOUT", "1.5", "FOOTNOTE_STREAM_INTERVAL", "0"}, func(t *testing.T, s settings) {
			if s.LLM.Timeout != 45*time.Second || s.Bot.AnswerTimeout != 1500*time.Millisecond || s.Bot.StreamInterval != 0 {
				t.Errorf("timeout %v, answer timeout %v, stream interval %v", s.LLM.Timeout, s.Bot.AnswerTimeout, s.Bot.StreamInterval)
			}
		}},
		{"the bot", []string{"DISCORD_TOKEN", "Bot abc.def", "DISCORD_GUILD_ID", "123", "DISCORD_SHARD_ID", "1", "DISCORD_SHARD_COUNT", "2",
			"DISCORD_MESSAGE_CONTENT", "true", "FOOTNOTE_RATE_USER", "3", "FOOTNOTE_RATE_GUILD", "0", "FOOTNOTE_RATE_GUILD_BURST", "0",
			"FOOTNOTE_SHUTDOWN_GRACE", "5s", "FOOTNOTE_FEEDBACK_PATH", "off", "FOOTNOTE_FEEDBACK_SALT", "pepper", "FOOTNOTE_MAX_QUESTION_LEN", "1000"},
			func(t *testing.T, s settings) {
				b := s.Bot
				if b.Token != "Bot abc.def" || b.GuildID != "123" || b.ShardID != 1 || b.ShardCount != 2 || !b.MessageContent || b.UserRate != 3 ||
					b.GuildRate != 0 || b.ShutdownGrace != 5*time.Second || b.FeedbackPath != "" || b.FeedbackSalt != "pepper" || b.MaxQuestionLen != 1000 {
					t.Errorf("bot %v", b)
				}
				if err := s.requireToken(); err != nil {
					t.Error(err)
				}
			}},
		{"a vote log of one's own", []string{"FOOTNOTE_FEEDBACK_PATH", "/srv/votes.jsonl"}, func(t *testing.T, s settings) {
			if s.Bot.FeedbackPath != "/srv/votes.jsonl" {
				t.Errorf("feedback path %q", s.Bot.FeedbackPath)
			}
		}},
		{"no token: fine until serve", nil, func(t *testing.T, s settings) {
			var se *settingError
			if err := s.requireToken(); !errors.As(err, &se) || se.Var != "DISCORD_TOKEN" {
				t.Errorf("requireToken = %v", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := readSettings(lookupOf(tt.env...), noDotEnv(t))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
		})
	}
}

// TestBadSettingsAreNamed: every variable that can be wrong, set wrong,
// stops footnote with exit status 2 and a message naming it.
func TestBadSettingsAreNamed(t *testing.T) {
	// Any text is a valid value of these.
	free := map[string]bool{"FOOTNOTE_DOCS_DIR": true, "FOOTNOTE_DATA_DIR": true, "OPENAI_API_KEY": true, "FOOTNOTE_CHAT_MODEL": true,
		"FOOTNOTE_EMBED_MODEL": true, "FOOTNOTE_FEEDBACK_PATH": true, "FOOTNOTE_FEEDBACK_SALT": true}
	tests := []struct{ name, value string }{
		{"FOOTNOTE_TOP_K", "0"}, {"FOOTNOTE_TOP_K", "51"}, {"FOOTNOTE_TOP_K", "five"},
		{"FOOTNOTE_CHUNK_WORDS", "19"}, {"FOOTNOTE_CHUNK_WORDS", "99999"},
		{"FOOTNOTE_LOG_LEVEL", "loud"}, {"FOOTNOTE_FETCH_ALLOW_PRIVATE", "maybe"},
		{"OPENAI_BASE_URL", "localhost:11434"}, {"OPENAI_BASE_URL", "https://user:pw@example.com/v1"},
		{"FOOTNOTE_LLM_TIMEOUT", "soon"}, {"FOOTNOTE_LLM_TIMEOUT", "2h"}, {"FOOTNOTE_LLM_TIMEOUT", "0"}, {"FOOTNOTE_LLM_TIMEOUT", "NaN"},
		{"FOOTNOTE_LLM_TIMEOUT", "+Inf"}, {"FOOTNOTE_LLM_TIMEOUT", "1e300"},
		{"FOOTNOTE_TEMPERATURE", "3"}, {"FOOTNOTE_TEMPERATURE", "-0.1"}, {"FOOTNOTE_TEMPERATURE", "warm"}, {"FOOTNOTE_TEMPERATURE", "NaN"},
		{"FOOTNOTE_TEMPERATURE", "nan"}, {"FOOTNOTE_TEMPERATURE", "Inf"}, {"FOOTNOTE_TEMPERATURE", "-Inf"}, {"FOOTNOTE_TEMPERATURE", "1e39"},
		{"FOOTNOTE_MAX_TOKENS", "5"}, {"FOOTNOTE_MAX_TOKENS", "40000"}, {"FOOTNOTE_MAX_TOKENS", "lots"},
		{"FOOTNOTE_LLM_RETRIES", "-1"}, {"FOOTNOTE_LLM_RETRIES", "11"},
		{"FOOTNOTE_LLM_PASSAGES", "0"}, {"FOOTNOTE_LLM_PASSAGES", "31"}, {"FOOTNOTE_LLM_CONTEXT_WORDS", "0"}, {"FOOTNOTE_LLM_CONTEXT_WORDS", "20001"},
		{"FOOTNOTE_LLM_BREAKER_THRESHOLD", "0"}, {"FOOTNOTE_LLM_BREAKER_THRESHOLD", "101"},
		{"FOOTNOTE_LLM_BREAKER_COOLDOWN", "x"}, {"FOOTNOTE_LLM_BREAKER_COOLDOWN", "NaN"}, {"FOOTNOTE_LLM_BREAKER_COOLDOWN", "Infinity"},
		{"FOOTNOTE_LLM_BREAKER_COOLDOWN", "2h"},
		{"FOOTNOTE_VERIFY", "yes"}, {"FOOTNOTE_VERIFY", "model,off"},
		{"FOOTNOTE_LLM_FIRST_TOKEN_TIMEOUT", "0"}, {"FOOTNOTE_LLM_FIRST_TOKEN_TIMEOUT", "2h"}, {"FOOTNOTE_LLM_FIRST_TOKEN_TIMEOUT", "soon"},
		{"DISCORD_TOKEN", "abc def"},
		{"DISCORD_API_BASE", "ftp://x"}, {"DISCORD_API_BASE", "http://discord.example.com"}, {"DISCORD_API_BASE", "http://10.0.0.1:8080"},
		{"DISCORD_API_BASE", "https://user:pw@discord.example.com"}, {"DISCORD_API_BASE", "http://user:pw@127.0.0.1:8080"},
		{"DISCORD_GUILD_ID", "general"},
		{"DISCORD_SHARD_ID", "two"}, {"DISCORD_SHARD_ID", "1"}, {"DISCORD_SHARD_ID", "-1"},
		{"DISCORD_SHARD_COUNT", "0"},
		{"DISCORD_MESSAGE_CONTENT", "maybe"}, {"DISCORD_MENTION_THREADS", "sometimes"},
		{"FOOTNOTE_MAX_QUESTION_LEN", "0"}, {"FOOTNOTE_MAX_QUESTION_LEN", "1001"},
		{"FOOTNOTE_RATE_USER", "-1"}, {"FOOTNOTE_RATE_USER", "NaN"}, {"FOOTNOTE_RATE_USER", "+Inf"},
		{"FOOTNOTE_RATE_USER_BURST", "0"}, {"FOOTNOTE_RATE_USER_BURST", "x"},
		{"FOOTNOTE_RATE_GUILD", "nan"}, {"FOOTNOTE_RATE_GUILD", "-inf"}, {"FOOTNOTE_RATE_GUILD", "Infinity"},
		{"FOOTNOTE_RATE_GUILD_BURST", "0"},
		{"FOOTNOTE_ANSWER_TIMEOUT", "soon"}, {"FOOTNOTE_ANSWER_TIMEOUT", "0"},
		{"FOOTNOTE_STREAM_INTERVAL", "-1s"},
		{"FOOTNOTE_SHUTDOWN_GRACE", "soon"}, {"FOOTNOTE_SHUTDOWN_GRACE", "0s"},
	}
	tested := map[string]bool{}
	for _, tt := range tests {
		tested[tt.name] = true
		t.Run(tt.name+"="+tt.value, func(t *testing.T) {
			_, err := readSettings(lookupOf(tt.name, tt.value), noDotEnv(t))
			var se *settingError
			if !errors.As(err, &se) || se.Var != tt.name {
				t.Fatalf("err = %v, want a settingError naming %s", err, tt.name)
			}
			if strings.Contains(err.Error(), "pw@") || (tt.name == "DISCORD_TOKEN" && strings.Contains(err.Error(), tt.value)) {
				t.Errorf("a secret in the error: %v", err)
			}
			_, stderr, code := runCLI(t, env(t, tt.name, tt.value), "", "docs")
			if code != 2 || !strings.Contains(stderr, tt.name) {
				t.Errorf("CLI: exit %d, stderr %q", code, stderr)
			}
		})
	}
	for _, n := range (bindings{}).names() {
		if !tested[n] && !free[n] {
			t.Errorf("no bad value of %s is tested", n)
		}
	}
}

// TestDiscordAPIBaseMayBeHTTPOnlyOnLoopback: the token travels in clear
// over http, so only to this machine (a fake Discord, a local proxy).
func TestDiscordAPIBaseMayBeHTTPOnlyOnLoopback(t *testing.T) {
	for _, base := range []string{"https://discord.com", "https://proxy.example.com/discord", "http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:80"} {
		s, err := readSettings(lookupOf("DISCORD_API_BASE", base), noDotEnv(t))
		if err != nil || s.Bot.APIBase != base {
			t.Errorf("DISCORD_API_BASE=%s: %v", base, err)
		}
	}
}

// TestEveryBadSettingIsReported: several bad variables are all named at once.
func TestEveryBadSettingIsReported(t *testing.T) {
	_, err := readSettings(lookupOf("FOOTNOTE_TOP_K", "0", "FOOTNOTE_TEMPERATURE", "NaN", "DISCORD_GUILD_ID", "x"), noDotEnv(t))
	for _, v := range []string{"FOOTNOTE_TOP_K", "FOOTNOTE_TEMPERATURE", "DISCORD_GUILD_ID"} {
		if err == nil || !strings.Contains(err.Error(), v) {
			t.Errorf("err = %v, lacks %s", err, v)
		}
	}
}

// TestEnvironmentBeatsDotEnv: a variable present in the environment wins
// over .env even when it is empty; one absent from it is read from .env.
func TestEnvironmentBeatsDotEnv(t *testing.T) {
	path := dotEnv(t, "OPENAI_API_KEY=sk-x\nFOOTNOTE_TOP_K=7\nFOOTNOTE_CHUNK_WORDS=300\n")
	s, err := readSettings(lookupOf(), path)
	if err != nil {
		t.Fatal(err)
	}
	if !s.LLM.Enabled() || s.App.TopK != 7 || s.App.ChunkWords != 300 {
		t.Fatalf(".env not read: %+v %+v", s.App, s.LLM)
	}
	s, err = readSettings(lookupOf("OPENAI_API_KEY", "", "FOOTNOTE_TOP_K", "9", "FOOTNOTE_CHUNK_WORDS", ""), path)
	if err != nil {
		t.Fatal(err)
	}
	if s.LLM.Enabled() || s.App.TopK != 9 || s.App.ChunkWords != defaultChunkWords {
		t.Errorf("environment did not win: %+v %+v", s.App, s.LLM)
	}
}

// TestEmptyKeyInEnvironmentSwitchesTheModelOff runs the CLI with a key and
// a (local, closed) server in .env, and OPENAI_API_KEY= OPENAI_BASE_URL= in
// the environment: the answer is extractive, with no model tried.
func TestEmptyKeyInEnvironmentSwitchesTheModelOff(t *testing.T) {
	docs, err := filepath.Abs("../../docs")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if err := os.WriteFile(".env", []byte("OPENAI_API_KEY=sk-from-dotenv-1234\nOPENAI_BASE_URL=http://127.0.0.1:1/v1\nFOOTNOTE_LLM_RETRIES=0\nFOOTNOTE_LOG_LEVEL=debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs, "OPENAI_API_KEY", "", "OPENAI_BASE_URL", ""), "", "ask", "--json", "Who overruled Haley?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Mode != "extractive" || got.Note != "" {
		t.Errorf("mode %q note %q, want the offline extractive mode", got.Mode, got.Note)
	}
	if !strings.Contains(stderr, "mode=extractive") || strings.Contains(stderr, "sk-from-dotenv") {
		t.Errorf("debug log %q", stderr)
	}
}

// TestSecretsStayOutOfErrors: a malformed .env or a bad setting never
// shows the key or the token, even when the file is quoted.
func TestSecretsStayOutOfErrors(t *testing.T) {
	const key, token = "sk-secret-key-5678", "MTIz.secret-token"
	for _, tc := range []struct{ name, dotenv, want string }{
		{"a line without =", "not a pair\nOPENAI_API_KEY=" + key + "\nDISCORD_TOKEN=" + token + "\n", ":1:"},
		{"a bad line after the secrets", "OPENAI_API_KEY=" + key + "\n\nDISCORD_TOKEN=" + token + "\nbad line\n", ":4:"},
		{"an unterminated quote", "FOOTNOTE_TOP_K=5\nOPENAI_API_KEY=\"" + key + "\nDISCORD_TOKEN='" + token + "\n", ":2:"},
		{"a bad setting beside them", "OPENAI_API_KEY=" + key + "\nDISCORD_TOKEN=" + token + " x\nFOOTNOTE_TOP_K=0\n", "FOOTNOTE_TOP_K"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readSettings(lookupOf(), dotEnv(t, tc.dotenv))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one with %q", err, tc.want)
			}
			var b bytes.Buffer
			if code := exitCode(err, &b); code != 2 {
				t.Errorf("exit %d", code)
			}
			if strings.Contains(b.String(), key) || strings.Contains(b.String(), "secret-token") {
				t.Errorf("a secret in %q", b.String())
			}
		})
	}
}
