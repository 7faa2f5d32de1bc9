package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Discord's documented message limits.
const (
	MaxContent          = 2000
	MaxEmbedDescription = 4096
	MaxEmbedTotal       = 6000
	MaxEmbeds           = 10
	// MaxChoices caps the choices of an autocomplete answer.
	MaxChoices = 25
)

type apiError struct {
	status int
	body   map[string]any
}

func errUnauthorized() *apiError {
	return &apiError{401, map[string]any{"message": "401: Unauthorized", "code": 0}}
}

func errNotFound(code int, msg string) *apiError {
	return &apiError{404, map[string]any{"message": msg, "code": code}}
}

func errInvalidForm(field, msg string) *apiError {
	return &apiError{400, map[string]any{
		"message": "Invalid Form Body", "code": 50035,
		"errors": map[string]any{field: map[string]any{"_errors": []any{map[string]any{"code": "BASE_TYPE_MAX_LENGTH", "message": msg}}}},
	}}
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	route := trimAPI(r.URL.Path)
	rec := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Auth: r.Header.Get("Authorization"), Body: body}

	s.mu.Lock()
	status, resp, hdr := s.routeLocked(r.Method, route, r.URL.Query(), rec.Auth, body)
	var out []byte
	if resp != nil {
		out, _ = json.Marshal(resp)
	}
	rec.Status, rec.Response = status, out
	s.requests = append(s.requests, rec)
	s.notifyLocked()
	var held []chan struct{}
	for _, h := range s.responseHolds {
		if h.method == r.Method && MatchRoute(h.route, route) {
			held = append(held, h.release)
		}
	}
	s.mu.Unlock()

	for _, release := range held {
		select {
		case <-release:
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		}
	}

	for k, v := range hdr {
		w.Header()[k] = v
	}
	if out != nil {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

// responseHold delays the answers to matching requests; see HoldResponses.
type responseHold struct {
	method, route string
	release       chan struct{}
}

// HoldResponses makes the fake take and record requests to method and route
// pattern (see MatchRoute) but hold back its answers until release is
// called, like a slow Discord. A client that gives up meanwhile gets nothing.
func (s *Server) HoldResponses(method, pattern string) (release func()) {
	h := &responseHold{method: method, route: pattern, release: make(chan struct{})}
	s.mu.Lock()
	s.responseHolds = append(s.responseHolds, h)
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			for i, x := range s.responseHolds {
				if x == h {
					s.responseHolds = append(s.responseHolds[:i], s.responseHolds[i+1:]...)
					break
				}
			}
			s.mu.Unlock()
			close(h.release)
		})
	}
}

// routeLocked answers one request; s.mu is held.
func (s *Server) routeLocked(method, route string, q map[string][]string, auth string, body []byte) (int, any, http.Header) {
	hdr := http.Header{}
	bucketKey := method + " " + bucketOf(route)
	now := time.Now()

	// Injected 429s first, then the per-route bucket.
	for _, f := range s.failures {
		if f.left > 0 && f.method == method && MatchRoute(f.route, route) {
			f.left--
			return tooMany(hdr, bucketKey, f.retryAfter)
		}
	}
	b := s.buckets[bucketKey]
	if b == nil || now.Sub(b.start) >= time.Second {
		b = &bucket{start: now}
		s.buckets[bucketKey] = b
	}
	if b.used >= s.opts.BucketLimit {
		return tooMany(hdr, bucketKey, time.Second.Seconds()-now.Sub(b.start).Seconds())
	}
	b.used++
	resetAfter := time.Second - now.Sub(b.start)
	hdr.Set("X-RateLimit-Limit", strconv.Itoa(s.opts.BucketLimit))
	hdr.Set("X-RateLimit-Remaining", strconv.Itoa(s.opts.BucketLimit-b.used))
	hdr.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(b.start.Add(time.Second).UnixMilli())/1000))
	hdr.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", resetAfter.Seconds()))
	hdr.Set("X-RateLimit-Bucket", fmt.Sprintf("%x", hashString(bucketKey)))

	status, resp, apiErr := s.handleLocked(method, route, q, auth, body)
	if apiErr != nil {
		return apiErr.status, apiErr.body, hdr
	}
	return status, resp, hdr
}

func tooMany(hdr http.Header, key string, retryAfter float64) (int, any, http.Header) {
	ra := fmt.Sprintf("%.3f", retryAfter)
	hdr.Set("Retry-After", strconv.Itoa(int(retryAfter+0.999)))
	hdr.Set("X-RateLimit-Limit", "5")
	hdr.Set("X-RateLimit-Remaining", "0")
	hdr.Set("X-RateLimit-Reset-After", ra)
	hdr.Set("X-RateLimit-Bucket", fmt.Sprintf("%x", hashString(key)))
	hdr.Set("X-RateLimit-Scope", "user")
	return http.StatusTooManyRequests, map[string]any{
		"message":     "You are being rate limited.",
		"retry_after": retryAfter,
		"global":      false,
	}, hdr
}

// bucketOf groups a route the way Discord's buckets do closely enough for
// a fake: by its path with snowflakes kept (major parameters) but message
// IDs folded.
func bucketOf(route string) string {
	parts := strings.Split(route, "/")
	if len(parts) > 4 && parts[1] == "channels" && parts[3] == "messages" {
		parts[4] = ":id"
	}
	return strings.Join(parts, "/")
}

func hashString(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (s *Server) authed(auth string) bool {
	return auth == "Bot "+s.opts.Token
}

func (s *Server) handleLocked(method, route string, q map[string][]string, auth string, body []byte) (int, any, *apiError) {
	seg := strings.Split(strings.Trim(route, "/"), "/")
	switch {
	case method == "GET" && route == "/gateway":
		return 200, map[string]any{"url": s.gatewayURL()}, nil

	case method == "GET" && route == "/gateway/bot":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		return 200, map[string]any{
			"url": s.gatewayURL(), "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1},
		}, nil

	case method == "GET" && route == "/users/@me":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		return 200, s.botUser(), nil

	case method == "PUT" && len(seg) >= 3 && seg[0] == "applications" && seg[len(seg)-1] == "commands":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		if seg[1] != s.opts.AppID {
			return 0, nil, &apiError{403, map[string]any{"message": "Missing Access", "code": 50001}}
		}
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return 0, nil, &apiError{400, map[string]any{"message": "400: Bad Request", "code": 50109}}
		}
		for _, c := range cmds {
			c["id"] = s.newIDLocked()
			c["application_id"] = s.opts.AppID
			c["version"] = s.newIDLocked()
			if len(seg) == 5 {
				c["guild_id"] = seg[3]
			}
		}
		return 200, cmds, nil

	case method == "POST" && len(seg) == 4 && seg[0] == "interactions" && seg[3] == "callback":
		return s.callbackLocked(seg[1], seg[2], body)

	case len(seg) >= 3 && seg[0] == "webhooks":
		return s.webhookLocked(method, seg, q, body)

	case method == "POST" && len(seg) == 3 && seg[0] == "channels" && seg[2] == "messages":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		var msg map[string]any
		if err := json.Unmarshal(body, &msg); err != nil {
			return 0, nil, &apiError{400, map[string]any{"message": "400: Bad Request", "code": 50109}}
		}
		if e := checkMessage(msg); e != nil {
			return 0, nil, e
		}
		return 200, s.storeMessageLocked(seg[1], msg, 0), nil

	case method == "PATCH" && len(seg) == 4 && seg[0] == "channels" && seg[2] == "messages":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		target := s.messages[seg[3]]
		if target == nil || target["channel_id"] != seg[1] {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		var msg map[string]any
		if err := json.Unmarshal(body, &msg); err != nil {
			return 0, nil, &apiError{400, map[string]any{"message": "400: Bad Request", "code": 50109}}
		}
		return s.editLocked(target, msg)

	case method == "POST" && len(seg) == 5 && seg[0] == "channels" && seg[2] == "messages" && seg[4] == "threads":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		start := s.messages[seg[3]]
		if start == nil {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		if g, _ := start["guild_id"].(string); g == "" || s.threads[seg[1]] {
			// Not in a DM, and not on a message already in a thread.
			return 0, nil, &apiError{400, map[string]any{"message": "Cannot execute action on this channel type", "code": 50024}}
		}
		var ts struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(body, &ts); err != nil {
			return 0, nil, &apiError{400, map[string]any{"message": "400: Bad Request", "code": 50109}}
		}
		if n := utf8.RuneCountInString(ts.Name); n < 1 || n > 100 {
			return 0, nil, errInvalidForm("name", "Must be between 1 and 100 in length.")
		}
		id := seg[3] // Discord gives a thread started on a message that message's ID
		s.threads[id] = true
		return 201, map[string]any{"id": id, "type": 11, "parent_id": seg[1], "name": ts.Name, "guild_id": start["guild_id"]}, nil

	case method == "PUT" && len(seg) == 7 && seg[0] == "channels" && seg[2] == "messages" && seg[4] == "reactions" && seg[6] == "@me":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		if s.messages[seg[3]] == nil {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		return 204, nil, nil

	case method == "POST" && len(seg) == 3 && seg[0] == "channels" && seg[2] == "typing":
		if !s.authed(auth) {
			return 0, nil, errUnauthorized()
		}
		return 204, nil, nil
	}
	return 0, nil, errNotFound(0, "404: Not Found")
}

func (s *Server) callbackLocked(id, token string, body []byte) (int, any, *apiError) {
	in := s.inters[id]
	if in == nil || in.token != token {
		return 0, nil, errNotFound(10062, "Unknown interaction")
	}
	if in.acked {
		return 0, nil, &apiError{400, map[string]any{"message": "Interaction has already been acknowledged.", "code": 40060}}
	}
	var resp struct {
		Type int            `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(body, &resp); err != nil || resp.Type == 0 {
		return 0, nil, &apiError{400, map[string]any{"message": "Invalid Form Body", "code": 50035}}
	}
	switch resp.Type {
	case 4, 5, 6, 7:
	case 9: // a modal: no message
		if id, _ := resp.Data["custom_id"].(string); id == "" {
			return 0, nil, errInvalidForm("custom_id", "This field is required")
		}
		in.acked = true
		return 204, nil, nil
	case 8: // autocomplete choices: no message
		if cs, _ := resp.Data["choices"].([]any); len(cs) > MaxChoices {
			return 0, nil, errInvalidForm("choices", fmt.Sprintf("Must be %d or fewer in length.", MaxChoices))
		}
		in.acked = true
		return 204, nil, nil
	default:
		return 0, nil, &apiError{400, map[string]any{"message": "Invalid Form Body", "code": 50035}}
	}
	if resp.Data != nil {
		if e := checkMessage(resp.Data); e != nil {
			return 0, nil, e
		}
		if f, ok := resp.Data["flags"].(float64); ok && int(f)&64 != 0 {
			in.ephemeral = true
		}
	}
	in.acked = true
	msg := resp.Data
	if msg == nil {
		msg = map[string]any{}
	}
	in.original = s.storeMessageLocked(in.channelID, msg, 0)
	return 204, nil, nil
}

func (s *Server) webhookLocked(method string, seg []string, q map[string][]string, body []byte) (int, any, *apiError) {
	if seg[1] != s.opts.AppID {
		return 0, nil, errNotFound(10015, "Unknown Webhook")
	}
	in := s.byToken[seg[2]]
	if in == nil {
		return 0, nil, errNotFound(10015, "Unknown Webhook")
	}
	var msg map[string]any
	if len(body) > 0 {
		if err := json.Unmarshal(body, &msg); err != nil {
			return 0, nil, &apiError{400, map[string]any{"message": "400: Bad Request", "code": 50109}}
		}
	}
	switch {
	case method == "POST" && len(seg) == 3: // follow-up message
		if !in.acked {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		if e := checkMessage(msg); e != nil {
			return 0, nil, e
		}
		m := s.storeMessageLocked(in.channelID, msg, 0)
		if len(q["wait"]) == 0 || q["wait"][0] != "true" {
			return 204, nil, nil
		}
		return 200, m, nil
	case method == "PATCH" && len(seg) == 5 && seg[3] == "messages":
		var target map[string]any
		if seg[4] == "@original" {
			if !in.acked {
				return 0, nil, errNotFound(10008, "Unknown Message")
			}
			target = in.original
		} else {
			target = s.messages[seg[4]]
		}
		if target == nil {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		return s.editLocked(target, msg)
	case method == "DELETE" && len(seg) == 5 && seg[3] == "messages":
		id := seg[4]
		if id == "@original" {
			if !in.acked || in.original == nil {
				return 0, nil, errNotFound(10008, "Unknown Message")
			}
			id, _ = in.original["id"].(string)
			in.original = nil
		}
		if s.messages[id] == nil {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		delete(s.messages, id)
		return 204, nil, nil
	case method == "GET" && len(seg) == 5 && seg[3] == "messages" && seg[4] == "@original":
		if !in.acked {
			return 0, nil, errNotFound(10008, "Unknown Message")
		}
		return 200, in.original, nil
	}
	return 0, nil, errNotFound(0, "404: Not Found")
}

// editLocked applies the edit msg to the stored message target, within
// Discord's limits.
func (s *Server) editLocked(target, msg map[string]any) (int, any, *apiError) {
	merged := map[string]any{}
	for k, v := range target {
		merged[k] = v
	}
	for k, v := range msg {
		merged[k] = v
	}
	if e := checkMessage(merged); e != nil {
		return 0, nil, e
	}
	for k, v := range msg {
		target[k] = v
	}
	target["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	return 200, target, nil
}

// storeMessageLocked turns a sent message body into the message object
// Discord returns (id, channel_id, author, timestamp, ...).
func (s *Server) storeMessageLocked(channelID string, sent map[string]any, typ int) map[string]any {
	id := s.newIDLocked()
	m := map[string]any{
		"id": id, "type": typ, "channel_id": channelID,
		"author":    s.botUser(),
		"content":   "",
		"embeds":    []any{},
		"mentions":  []any{},
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano),
		"tts":       false, "pinned": false, "flags": 0,
		"edited_timestamp": nil, "attachments": []any{}, "components": []any{},
		"mention_everyone": false, "mention_roles": []any{},
		"application_id": s.opts.AppID, "webhook_id": nil,
	}
	for _, k := range []string{"content", "embeds", "components", "flags", "message_reference", "allowed_mentions"} {
		if v, ok := sent[k]; ok && v != nil {
			m[k] = v
		}
	}
	if ref, ok := sent["message_reference"].(map[string]any); ok {
		m["type"] = 19
		if rid, _ := ref["message_id"].(string); rid != "" {
			if orig := s.messages[rid]; orig != nil {
				m["referenced_message"] = orig
			}
		}
	}
	s.messages[id] = m
	return m
}

// Message returns a stored message by ID (sent by the bot, or dispatched by
// the test), or nil.
func (s *Server) Message(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messages[id]
}

func (s *Server) botUser() map[string]any {
	return map[string]any{
		"id": s.opts.AppID, "username": s.opts.BotName, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true, "flags": 0,
	}
}

// checkMessage enforces Discord's limits on a message body.
func checkMessage(m map[string]any) *apiError {
	total := 0
	if c, ok := m["content"].(string); ok {
		n := utf8.RuneCountInString(c)
		if n > MaxContent {
			return errInvalidForm("content", fmt.Sprintf("Must be %d or fewer in length.", MaxContent))
		}
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) > MaxEmbeds {
		return errInvalidForm("embeds", fmt.Sprintf("Must be %d or fewer in length.", MaxEmbeds))
	}
	for _, e := range embeds {
		em, _ := e.(map[string]any)
		d, _ := em["description"].(string)
		if utf8.RuneCountInString(d) > MaxEmbedDescription {
			return errInvalidForm("embeds.description", fmt.Sprintf("Must be %d or fewer in length.", MaxEmbedDescription))
		}
		total += embedChars(em)
	}
	if total > MaxEmbedTotal {
		return errInvalidForm("embeds", fmt.Sprintf("Embed size exceeds maximum size of %d", MaxEmbedTotal))
	}
	return nil
}

// embedChars counts the characters Discord adds up against the 6000 limit:
// title, description, field names and values, footer text and author name.
func embedChars(em map[string]any) int {
	n := 0
	str := func(v any) int { s, _ := v.(string); return utf8.RuneCountInString(s) }
	n += str(em["title"]) + str(em["description"])
	if f, ok := em["footer"].(map[string]any); ok {
		n += str(f["text"])
	}
	if a, ok := em["author"].(map[string]any); ok {
		n += str(a["name"])
	}
	if fs, ok := em["fields"].([]any); ok {
		for _, f := range fs {
			fm, _ := f.(map[string]any)
			n += str(fm["name"]) + str(fm["value"])
		}
	}
	return n
}
