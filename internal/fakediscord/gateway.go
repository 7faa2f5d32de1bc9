package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway close codes Discord uses.
const (
	CloseAuthenticationFailed = 4004
	CloseInvalidShard         = 4010
)

type gwConn struct {
	ws     *websocket.Conn
	wmu    sync.Mutex
	mu     sync.Mutex
	ready  bool
	shard  [2]int
	closed bool
	// readySent is closed once READY is on the wire: like Discord, the fake
	// sends no other dispatch before it.
	readySent chan struct{}
	readyOnce sync.Once
}

// sentReady marks READY (or RESUMED) as written.
func (c *gwConn) sentReady() { c.readyOnce.Do(func() { close(c.readySent) }) }

func (c *gwConn) send(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

func (c *gwConn) closeWith(code int, text string) {
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.wmu.Unlock()
	c.close()
}

func (c *gwConn) close() {
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	_ = c.ws.Close()
}

func (s *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(s.URL, "http")
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	if v := r.URL.Query().Get("v"); v != "" && v != "9" && v != "10" {
		http.Error(w, "unsupported gateway version", http.StatusBadRequest)
		return
	}
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws, readySent: make(chan struct{})}
	s.mu.Lock()
	s.conns = append(s.conns, c)
	s.mu.Unlock()
	defer s.dropConn(c)

	hello := map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}, "s": nil, "t": nil}
	if c.send(hello) != nil {
		return
	}
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var f frame
		if err := json.Unmarshal(data, &f); err != nil {
			c.closeWith(4002, "Error while decoding payload.")
			return
		}
		switch f.Op {
		case 1: // heartbeat
			if c.send(map[string]any{"op": 11, "d": nil, "s": nil, "t": nil}) != nil {
				return
			}
		case 2: // identify
			if !s.identify(c, f.D) {
				return
			}
		case 6: // resume
			var res struct {
				Token string `json:"token"`
			}
			_ = json.Unmarshal(f.D, &res)
			s.mu.Lock()
			s.resumes++
			s.notifyLocked()
			hold := s.hold
			s.mu.Unlock()
			if hold != nil && !s.waitHold(c, hold) {
				return
			}
			if !s.tokenOK(res.Token) {
				c.closeWith(CloseAuthenticationFailed, "Authentication failed.")
				return
			}
			c.mu.Lock()
			c.ready = true
			c.mu.Unlock()
			_ = s.dispatchTo(c, "RESUMED", map[string]any{})
			c.sentReady()
		default:
			// Presence updates and the like: accepted, ignored.
		}
	}
}

func (s *Server) dropConn(c *gwConn) {
	c.close()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, x := range s.conns {
		if x == c {
			s.conns = append(s.conns[:i], s.conns[i+1:]...)
			break
		}
	}
	s.notifyLocked()
}

func (s *Server) identify(c *gwConn, d json.RawMessage) bool {
	var id map[string]any
	_ = json.Unmarshal(d, &id)
	tok, _ := id["token"].(string)
	s.mu.Lock()
	s.identifies = append(s.identifies, id)
	s.notifyLocked()
	hold := s.hold
	s.mu.Unlock()
	if hold != nil && !s.waitHold(c, hold) {
		return false
	}
	if !s.tokenOK(tok) {
		c.closeWith(CloseAuthenticationFailed, "Authentication failed.")
		return false
	}
	shard := [2]int{0, 1}
	if sh, ok := id["shard"].([]any); ok && len(sh) == 2 {
		a, _ := sh[0].(float64)
		b, _ := sh[1].(float64)
		shard = [2]int{int(a), int(b)}
		if shard[0] >= shard[1] || shard[1] < 1 {
			c.closeWith(CloseInvalidShard, "Invalid shard.")
			return false
		}
	}
	ready := map[string]any{
		"v": 9, "session_id": "fake-session-" + s.NewID(), "user": s.botUser(),
		"application":        map[string]any{"id": s.opts.AppID, "flags": 0},
		"guilds":             []any{},
		"shard":              shard,
		"resume_gateway_url": s.gatewayURL(),
		"private_channels":   []any{},
	}
	// Ready before READY is written: the client may act on it at once.
	c.mu.Lock()
	c.shard = shard
	c.ready = true
	c.mu.Unlock()
	err := s.dispatchTo(c, "READY", ready)
	c.sentReady()
	if err != nil {
		return false
	}
	s.mu.Lock()
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

func (s *Server) dispatchTo(c *gwConn, t string, d any) error {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	return c.send(map[string]any{"op": 0, "s": seq, "t": t, "d": d})
}

// readyHold is a HoldReady in force.
type readyHold struct {
	release    chan struct{}
	eventFirst bool
}

// HoldReady makes the gateway hold back the answer to every identify or
// resume (READY or RESUMED, or the close for a bad token) until release is
// called, as a slow or
// overloaded gateway does; discordgo's Open blocks meanwhile. With
// eventFirst the fake first dispatches another event (SESSIONS_REPLACE),
// which Open takes for the answer it waits for, so Open returns before
// READY arrives. (Not a heartbeat ACK: discordgo's Open deadlocks on one,
// taking the session lock it already holds.)
func (s *Server) HoldReady(eventFirst bool) (release func()) {
	h := &readyHold{release: make(chan struct{}), eventFirst: eventFirst}
	s.mu.Lock()
	s.hold = h
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			if s.hold == h {
				s.hold = nil
			}
			s.mu.Unlock()
			close(h.release)
		})
	}
}

// waitHold carries out a HoldReady for connection c; false means give up
// on the connection.
func (s *Server) waitHold(c *gwConn, hold *readyHold) bool {
	if hold.eventFirst && s.dispatchTo(c, "SESSIONS_REPLACE", []any{}) != nil {
		return false
	}
	select {
	case <-hold.release:
		return true
	case <-s.closed:
		return false
	}
}

// WaitIdentified blocks until the gateway has received n identify payloads.
func (s *Server) WaitIdentified(ctx context.Context, n int) error {
	return s.waitCount(ctx, func() int { return len(s.identifies) }, n, "identify")
}

// WaitResumed blocks until the gateway has received n resume payloads.
func (s *Server) WaitResumed(ctx context.Context, n int) error {
	return s.waitCount(ctx, func() int { return s.resumes }, n, "resume")
}

// waitCount waits until count (called with s.mu held) reaches n.
func (s *Server) waitCount(ctx context.Context, count func() int, n int, what string) error {
	for {
		s.mu.Lock()
		ch := s.changed
		ok := count() >= n
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: waiting for %s #%d: %w", what, n, ctx.Err())
		}
	}
}

// Identifies returns the identify payloads received so far.
func (s *Server) Identifies() []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]map[string]any(nil), s.identifies...)
}

// ErrNoGateway is returned by Dispatch when no identified gateway session is
// connected.
var ErrNoGateway = errors.New("fakediscord: no gateway session is ready")

// WaitReady blocks until a gateway session has identified and got READY.
func (s *Server) WaitReady(ctx context.Context) error {
	for {
		s.mu.Lock()
		ch := s.changed
		ok := s.readyConnLocked() != nil
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: waiting for READY: %w", ctx.Err())
		}
	}
}

func (s *Server) readyConnLocked() *gwConn {
	for i := len(s.conns) - 1; i >= 0; i-- {
		c := s.conns[i]
		c.mu.Lock()
		ok := c.ready && !c.closed
		c.mu.Unlock()
		if ok {
			return c
		}
	}
	return nil
}

// Connected reports how many gateway connections are open.
func (s *Server) Connected() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// WaitDisconnected blocks until no gateway connection is open.
func (s *Server) WaitDisconnected(ctx context.Context) error {
	for {
		s.mu.Lock()
		ch := s.changed
		n := len(s.conns)
		s.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: waiting for the gateway to close: %w", ctx.Err())
		}
	}
}

// Dispatch sends an event (op 0) with type t and payload d to the most
// recent ready gateway session.
func (s *Server) Dispatch(t string, d any) error {
	s.mu.Lock()
	c := s.readyConnLocked()
	s.mu.Unlock()
	if c == nil {
		return ErrNoGateway
	}
	<-c.readySent // a test may dispatch as soon as the connection is ready
	return s.dispatchTo(c, t, d)
}

// CloseGateway closes every gateway connection with the given close code,
// as Discord does when it ends a session.
func (s *Server) CloseGateway(code int, text string) {
	s.mu.Lock()
	conns := append([]*gwConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		c.closeWith(code, text)
	}
}

// tokenOK reports whether a gateway token (with or without "Bot ") is valid.
func (s *Server) tokenOK(tok string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.TrimPrefix(tok, "Bot ") == s.opts.Token
}
