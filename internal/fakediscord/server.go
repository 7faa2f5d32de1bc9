package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Options configures a fake Discord.
type Options struct {
	// Token is the bot token the fake accepts, without the "Bot " prefix.
	Token string
	// AppID is the application ID (also the bot user's ID, as on Discord).
	AppID string
	// BotName is the bot user's name.
	BotName string
	// HeartbeatInterval is sent in hello; Discord uses 41250 ms.
	HeartbeatInterval time.Duration
	// BucketLimit is the number of requests per route and second before the
	// fake answers 429, like Discord's per-route buckets. Zero means 50.
	BucketLimit int
}

// Request is one recorded REST request.
type Request struct {
	Method string
	// Path is the URL path, for example /api/v9/channels/1/messages.
	Path  string
	Query string
	// Auth is the Authorization header as received.
	Auth string
	// Body is the raw request body (JSON for every route the bot uses).
	Body []byte
	// Status is the status code the fake answered with.
	Status int
	// Response is the JSON body the fake answered with, if any.
	Response []byte
}

// ResponseJSON decodes the response body into a generic map, or nil.
func (r Request) ResponseJSON() map[string]any {
	var m map[string]any
	if err := json.Unmarshal(r.Response, &m); err != nil {
		return nil
	}
	return m
}

// JSON decodes the request body into a generic map; it returns nil when
// the body is empty or not a JSON object.
func (r Request) JSON() map[string]any {
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		return nil
	}
	return m
}

// Route returns the path without the /api/vN prefix, e.g. /channels/1/messages.
func (r Request) Route() string {
	return trimAPI(r.Path)
}

// Server is a running fake Discord. Its zero value is not usable; call Start.
type Server struct {
	opts Options
	http *httptest.Server
	// URL is the base to give the bot as its API base, e.g. http://127.0.0.1:1234.
	URL string

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every recorded change
	requests   []Request
	nextID     int64
	failures   []*failure
	buckets    map[string]*bucket
	inters     map[string]*interaction // by interaction ID
	byToken    map[string]*interaction // by interaction token
	messages   map[string]map[string]any
	threads    map[string]bool // thread channel IDs
	conns      []*gwConn
	identifies []map[string]any
	resumes    int
	seq        int64
	upgrader   websocket.Upgrader
	hold       *readyHold // see HoldReady
	// responseHolds are the HoldResponses in force.
	responseHolds []*responseHold
	closed        chan struct{} // closed by Close
	closeOnce     sync.Once
}

type failure struct {
	method, route string // route may end in "*" for a prefix match
	left          int
	retryAfter    float64
}

type bucket struct {
	start time.Time
	used  int
}

type interaction struct {
	id, token string
	acked     bool
	ephemeral bool
	channelID string
	original  map[string]any
}

// Start starts a fake Discord on 127.0.0.1. Close it when done.
func Start(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = "fake-token"
	}
	if opts.AppID == "" {
		opts.AppID = "1100000000000000001"
	}
	if opts.BotName == "" {
		opts.BotName = "Footnote"
	}
	if opts.HeartbeatInterval == 0 {
		opts.HeartbeatInterval = 41250 * time.Millisecond
	}
	if opts.BucketLimit == 0 {
		opts.BucketLimit = 50
	}
	s := &Server{
		opts:     opts,
		changed:  make(chan struct{}),
		nextID:   1200000000000000000,
		buckets:  map[string]*bucket{},
		inters:   map[string]*interaction{},
		byToken:  map[string]*interaction{},
		messages: map[string]map[string]any{},
		threads:  map[string]bool{},
		closed:   make(chan struct{}),
	}
	s.http = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.http.URL
	return s
}

// Close disconnects every gateway connection and stops the server.
func (s *Server) Close() {
	s.closeOnce.Do(func() { close(s.closed) })
	s.mu.Lock()
	conns := s.conns
	s.conns = nil
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// AppID returns the application's (and bot user's) ID.
func (s *Server) AppID() string { return s.opts.AppID }

// Token returns the token the fake accepts.
func (s *Server) Token() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opts.Token
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		s.serveGateway(w, r)
		return
	}
	s.serveREST(w, r)
}

// NewID returns a fresh snowflake-like ID.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// notifyLocked wakes every waiter; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Requests returns a copy of every recorded REST request, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// RequestsTo returns the recorded requests whose method matches and whose
// route (path without /api/vN) matches pattern, where "*" matches one path
// segment or, at the end, the rest of the path.
func (s *Server) RequestsTo(method, pattern string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Method == method && MatchRoute(pattern, r.Route()) {
			out = append(out, r)
		}
	}
	return out
}

// WaitFor blocks until a recorded request satisfies match, or ctx ends.
func (s *Server) WaitFor(ctx context.Context, match func(Request) bool) (Request, error) {
	return s.WaitAfter(ctx, 0, match)
}

// RequestCount returns how many requests have been recorded.
func (s *Server) RequestCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// WaitAfter is WaitFor looking only at requests recorded after the first
// from (see RequestCount).
func (s *Server) WaitAfter(ctx context.Context, from int, match func(Request) bool) (Request, error) {
	seen := from
	for {
		s.mu.Lock()
		reqs := s.requests[seen:]
		ch := s.changed
		for _, r := range reqs {
			if match(r) {
				s.mu.Unlock()
				return r, nil
			}
		}
		seen = len(s.requests)
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return Request{}, fmt.Errorf("fakediscord: waiting for a request: %w", ctx.Err())
		}
	}
}

// WaitRoute waits for the n-th (1-based) request to method and route pattern.
func (s *Server) WaitRoute(ctx context.Context, method, pattern string, n int) (Request, error) {
	count := 0
	return s.WaitFor(ctx, func(r Request) bool {
		if r.Method == method && MatchRoute(pattern, r.Route()) {
			count++
			return count >= n
		}
		return false
	})
}

// FailNext makes the next n requests to method and route pattern answer 429
// with the given retry_after (seconds), as Discord does when a bucket is
// exhausted.
func (s *Server) FailNext(method, pattern string, n int, retryAfter float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, &failure{method: method, route: pattern, left: n, retryAfter: retryAfter})
}

// MatchRoute reports whether route matches pattern; "*" matches one segment,
// and a trailing "/*" matches any rest.
func MatchRoute(pattern, route string) bool {
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	rs := strings.Split(strings.Trim(route, "/"), "/")
	for i, p := range ps {
		if i >= len(rs) {
			return false
		}
		if p == "*" {
			if i == len(ps)-1 && len(rs) > len(ps) {
				return true
			}
			continue
		}
		if p != rs[i] {
			return false
		}
	}
	return len(ps) == len(rs)
}

func trimAPI(p string) string {
	if !strings.HasPrefix(p, "/api/") {
		return p
	}
	rest := strings.TrimPrefix(p, "/api/")
	if i := strings.IndexByte(rest, '/'); i >= 0 && strings.HasPrefix(rest, "v") {
		return rest[i:]
	}
	return "/" + rest
}

// RevokeToken makes the fake reject the current token from now on, as
// Discord does once a token is reset in the developer portal: REST answers
// 401 and the gateway closes with 4004.
func (s *Server) RevokeToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Token = "revoked-" + s.opts.Token
}
