package fakediscord

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func do(t *testing.T, s *Server, method, path, auth string, body any) (*http.Response, map[string]any) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, s.URL+path, r)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&m)
	return resp, m
}

func TestRESTBehavesLikeDiscord(t *testing.T) {
	s := Start(Options{Token: "tok"})
	defer s.Close()
	for _, tc := range []struct {
		name, method, path, auth string
		body                     any
		status                   int
		code                     float64
	}{
		{"gateway needs no auth", "GET", "/api/v9/gateway", "", nil, 200, -1},
		{"gateway/bot with bad token", "GET", "/api/v9/gateway/bot", "Bot nope", nil, 401, 0},
		{"gateway/bot", "GET", "/api/v9/gateway/bot", "Bot tok", nil, 200, -1},
		{"message too long", "POST", "/api/v9/channels/1/messages", "Bot tok", map[string]any{"content": strings.Repeat("x", 2001)}, 400, 50035},
		{"embed too long", "POST", "/api/v9/channels/1/messages", "Bot tok", map[string]any{"embeds": []any{map[string]any{"description": strings.Repeat("x", 4097)}}}, 400, 50035},
		{"embeds over 6000", "POST", "/api/v9/channels/1/messages", "Bot tok", map[string]any{"embeds": []any{
			map[string]any{"description": strings.Repeat("x", 4000)}, map[string]any{"description": strings.Repeat("x", 2001)}}}, 400, 50035},
		{"message", "POST", "/api/v9/channels/1/messages", "Bot tok", map[string]any{"content": "hi"}, 200, -1},
		{"unknown interaction", "POST", "/api/v9/interactions/1/x/callback", "", map[string]any{"type": 5}, 404, 10062},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, m := do(t, s, tc.method, tc.path, tc.auth, tc.body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d (%v)", resp.StatusCode, tc.status, m)
			}
			if tc.code >= 0 && m["code"] != tc.code {
				t.Errorf("code %v, want %v", m["code"], tc.code)
			}
			if resp.Header.Get("X-RateLimit-Remaining") == "" || resp.Header.Get("X-RateLimit-Reset-After") == "" {
				t.Errorf("no rate-limit headers: %v", resp.Header)
			}
		})
	}
	s.FailNext("POST", "/channels/*/messages", 1, 0.25)
	resp, m := do(t, s, "POST", "/api/v9/channels/1/messages", "Bot tok", map[string]any{"content": "hi"})
	if resp.StatusCode != 429 || m["retry_after"] != 0.25 || resp.Header.Get("X-RateLimit-Remaining") != "0" {
		t.Errorf("injected 429: %d %v %v", resp.StatusCode, m, resp.Header)
	}
	if got := len(s.RequestsTo("POST", "/channels/*/messages")); got != 5 {
		t.Errorf("recorded %d message posts, want 5", got)
	}
}

func TestMatchRoute(t *testing.T) {
	for _, tc := range []struct {
		pattern, route string
		want           bool
	}{
		{"/channels/*/messages", "/channels/1/messages", true},
		{"/channels/*/messages", "/channels/1/typing", false},
		{"/webhooks/*", "/webhooks/1/tok/messages/@original", true},
		{"/applications/*/commands", "/applications/1/guilds/2/commands", false},
	} {
		if got := MatchRoute(tc.pattern, tc.route); got != tc.want {
			t.Errorf("MatchRoute(%q, %q) = %t", tc.pattern, tc.route, got)
		}
	}
}
