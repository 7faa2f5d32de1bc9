package llm

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"testing"
	"time"
)

func env(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		check   func(t *testing.T, c Config)
		wantVar string // the variable a *ConfigError must name
	}{
		{name: "nothing set: offline mode", env: nil, check: func(t *testing.T, c Config) {
			if c.Enabled() {
				t.Fatal("enabled without key or base URL")
			}
		}},
		{name: "key only: OpenAI with defaults", env: map[string]string{EnvAPIKey: testKey}, check: func(t *testing.T, c Config) {
			if !c.Enabled() || c.BaseURL != DefaultBaseURL || c.ChatModel != DefaultChatModel || c.EmbedModel != "" ||
				c.Timeout != DefaultTimeout || c.MaxTokens != DefaultMaxTokens || c.Temperature != DefaultTemperature {
				t.Fatalf("config = %+v", c)
			}
		}},
		{name: "base URL without key: local server", env: map[string]string{EnvBaseURL: "http://localhost:11434/v1/", EnvChatModel: "llama3.2", EnvEmbedModel: "nomic-embed-text"},
			check: func(t *testing.T, c Config) {
				if !c.Enabled() || c.APIKey != "" || c.BaseURL != "http://localhost:11434/v1" || c.ChatModel != "llama3.2" || c.EmbedModel != "nomic-embed-text" {
					t.Fatalf("config = %+v", c)
				}
			}},
		{name: "all tunables", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "90s", EnvTemperature: "0", EnvMaxTokens: "1200",
			EnvMaxRetries: "0", EnvPassages: "8", EnvBreakerThreshold: "5", EnvBreakerCooldown: "2m"},
			check: func(t *testing.T, c Config) {
				if c.Timeout != 90*time.Second || c.Temperature != 0 || c.MaxTokens != 1200 || c.MaxRetries != 0 ||
					c.Passages != 8 || c.BreakerThreshold != 5 || c.BreakerCooldown != 2*time.Minute {
					t.Fatalf("config = %+v", c)
				}
			}},
		{name: "timeout in plain seconds", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "45"}, check: func(t *testing.T, c Config) {
			if c.Timeout != 45*time.Second {
				t.Fatalf("timeout = %v", c.Timeout)
			}
		}},
		{name: "base URL not http", env: map[string]string{EnvBaseURL: "localhost:11434"}, wantVar: EnvBaseURL},
		{name: "base URL with credentials", env: map[string]string{EnvBaseURL: "https://user:pw@example.com/v1"}, wantVar: EnvBaseURL},
		{name: "timeout garbage", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "soon"}, wantVar: EnvTimeout},
		{name: "timeout too long", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "2h"}, wantVar: EnvTimeout},
		{name: "temperature out of range", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "3"}, wantVar: EnvTemperature},
		{name: "temperature not a number", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "warm"}, wantVar: EnvTemperature},
		{name: "temperature NaN", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "NaN"}, wantVar: EnvTemperature},
		{name: "temperature nan", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "nan"}, wantVar: EnvTemperature},
		{name: "temperature Inf", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "Inf"}, wantVar: EnvTemperature},
		{name: "temperature -Inf", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "-Inf"}, wantVar: EnvTemperature},
		{name: "temperature overflows float32", env: map[string]string{EnvAPIKey: "k", EnvTemperature: "1e39"}, wantVar: EnvTemperature},
		{name: "timeout NaN seconds", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "NaN"}, wantVar: EnvTimeout},
		{name: "timeout infinite seconds", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "+Inf"}, wantVar: EnvTimeout},
		{name: "timeout overflowing seconds", env: map[string]string{EnvAPIKey: "k", EnvTimeout: "1e300"}, wantVar: EnvTimeout},
		{name: "breaker cooldown NaN seconds", env: map[string]string{EnvAPIKey: "k", EnvBreakerCooldown: "NaN"}, wantVar: EnvBreakerCooldown},
		{name: "breaker cooldown infinite seconds", env: map[string]string{EnvAPIKey: "k", EnvBreakerCooldown: "Infinity"}, wantVar: EnvBreakerCooldown},
		{name: "max tokens too small", env: map[string]string{EnvAPIKey: "k", EnvMaxTokens: "5"}, wantVar: EnvMaxTokens},
		{name: "retries negative", env: map[string]string{EnvAPIKey: "k", EnvMaxRetries: "-1"}, wantVar: EnvMaxRetries},
		{name: "passages zero", env: map[string]string{EnvAPIKey: "k", EnvPassages: "0"}, wantVar: EnvPassages},
		{name: "breaker cooldown garbage", env: map[string]string{EnvAPIKey: "k", EnvBreakerCooldown: "x"}, wantVar: EnvBreakerCooldown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ConfigFromEnv(env(tt.env))
			if tt.wantVar != "" {
				var ce *ConfigError
				if !errors.As(err, &ce) || ce.Var != tt.wantVar || !strings.Contains(err.Error(), tt.wantVar) {
					t.Fatalf("err = %v, want a ConfigError naming %s", err, tt.wantVar)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

// TestNewRejectsNaNTemperature: a Config built in code gets the same check
// as one from the environment; a NaN temperature would make every request
// fail json.Marshal.
func TestNewRejectsNaNTemperature(t *testing.T) {
	lib := &library{}
	for _, temp := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), -1, 2.5} {
		cfg := Config{BaseURL: "http://127.0.0.1:1/v1", Temperature: temp}
		_, err := New(cfg, Deps{Retriever: lib, Paragraphs: lib, Fallback: &extractive{lib: lib}})
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Var != EnvTemperature {
			t.Errorf("temperature %v: err = %v, want a ConfigError naming %s", temp, err, EnvTemperature)
		}
	}
}

func TestConfigNeverShowsTheKey(t *testing.T) {
	c, err := ConfigFromEnv(env(map[string]string{EnvAPIKey: testKey}))
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("start", "llm", c)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("start", "llm", c)
	for _, s := range []string{c.String(), fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), logs.String()} {
		if strings.Contains(s, testKey) || strings.Contains(s, "SECRET") {
			t.Fatalf("key shown: %s", s)
		}
		if !strings.Contains(s, "key=set") && !strings.Contains(s, `"key":"set"`) {
			t.Fatalf("key state missing: %s", s)
		}
	}
	if !strings.Contains(c.String(), "server=https://api.openai.com/v1") || !strings.Contains(c.String(), "chat_model=gpt-4o-mini") {
		t.Fatalf("String() = %s", c)
	}
	if s := (Config{}).String(); !strings.Contains(s, "offline") {
		t.Fatalf("disabled config = %s", s)
	}
	// A bad value is quoted in the error, the key never is.
	_, err = ConfigFromEnv(env(map[string]string{EnvAPIKey: testKey, EnvMaxTokens: "lots"}))
	if err == nil || strings.Contains(err.Error(), testKey) {
		t.Fatalf("err = %v", err)
	}
}

func TestRedact(t *testing.T) {
	err := fmt.Errorf("error, status code: 400, message: Incorrect API key provided: sk-proj-abc***wxyz; raw %s", testKey)
	got := redact(err, testKey)
	if strings.Contains(got, "sk-") || strings.Contains(got, "SECRET") || !strings.Contains(got, "status code: 400") {
		t.Fatalf("redact = %q", got)
	}
}
