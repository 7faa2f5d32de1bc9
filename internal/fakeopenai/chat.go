package fakeopenai

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// completion writes one chat completion, as JSON or as an SSE stream.
type completion struct {
	id, model string
	created   int64
	reply     Reply
	usage     bool
}

// tokenRe splits text into word-sized pieces with their leading space, the
// way a model's deltas arrive.
var tokenRe = regexp.MustCompile(`\s*\S+`)

func tokens(s string) []string {
	t := tokenRe.FindAllString(s, -1)
	if rest := len(s) - len(strings.Join(t, "")); rest > 0 {
		t = append(t, s[len(s)-rest:])
	}
	return t
}

func (c completion) finish() string {
	if c.reply.FinishReason != "" {
		return c.reply.FinishReason
	}
	return "stop"
}

func (c completion) usageObject() map[string]int {
	n := len(tokens(c.reply.Text))
	return map[string]int{"prompt_tokens": 100, "completion_tokens": n, "total_tokens": 100 + n}
}

func (c completion) json(w http.ResponseWriter) {
	applyHeader(w, c.reply)
	writeJSON(w, http.StatusOK, map[string]any{
		"id": c.id, "object": "chat.completion", "created": c.created, "model": c.model,
		"system_fingerprint": "fp_fake",
		"choices": []map[string]any{{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": c.reply.Text, "refusal": nil},
			"logprobs":      nil,
			"finish_reason": c.finish(),
		}},
		"usage": c.usageObject(),
	})
}

func (c completion) chunk(delta map[string]any, finish any) map[string]any {
	return map[string]any{
		"id": c.id, "object": "chat.completion.chunk", "created": c.created, "model": c.model,
		"system_fingerprint": "fp_fake",
		"choices":            []map[string]any{{"index": 0, "delta": delta, "logprobs": nil, "finish_reason": finish}},
	}
}

func (c completion) stream(w http.ResponseWriter) {
	applyHeader(w, c.reply)
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	event := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		if flusher != nil {
			flusher.Flush()
		}
	}
	event(c.chunk(map[string]any{"role": "assistant", "content": "", "refusal": nil}, nil))
	parts := tokens(c.reply.Text)
	switch c.reply.Kind {
	case KindEndEarly:
		for _, p := range parts[:len(parts)/2] {
			event(c.chunk(map[string]any{"content": p}, nil))
		}
		return
	case KindCut:
		// Half the answer, then the connection drops: no finish_reason and
		// no [DONE].
		for _, p := range parts[:len(parts)/2] {
			event(c.chunk(map[string]any{"content": p}, nil))
		}
		cutConnection(w)
		return
	case KindInvalidJSON:
		fmt.Fprint(w, "data: {\"id\": \"chatcmpl-broken\", \"choices\": [{\"delta\": \n\n")
		if flusher != nil {
			flusher.Flush()
		}
		return
	case KindStreamError:
		for _, p := range parts {
			event(c.chunk(map[string]any{"content": p}, nil))
		}
		event(map[string]any{"error": c.reply.Err})
		return
	}
	for _, p := range parts {
		event(c.chunk(map[string]any{"content": p}, nil))
	}
	event(c.chunk(map[string]any{}, c.finish()))
	if c.usage {
		event(map[string]any{
			"id": c.id, "object": "chat.completion.chunk", "created": c.created, "model": c.model,
			"choices": []any{}, "usage": c.usageObject(),
		})
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	if flusher != nil {
		flusher.Flush()
	}
}
