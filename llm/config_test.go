package llm

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestConfigNeverShowsTheKey(t *testing.T) {
	c := Defaults()
	c.APIKey = testKey
	c = c.withDefaults()
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
}

func TestRedact(t *testing.T) {
	err := fmt.Errorf("error, status code: 400, message: Incorrect API key provided: sk-proj-abc***wxyz; raw %s", testKey)
	got := redact(err, testKey)
	if strings.Contains(got, "sk-") || strings.Contains(got, "SECRET") || !strings.Contains(got, "status code: 400") {
		t.Fatalf("redact = %q", got)
	}
}
