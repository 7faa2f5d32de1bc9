// Package fakeopenai is an OpenAI-compatible HTTP server for tests. It
// listens on 127.0.0.1 (httptest) and behaves like the real API on the paths
// Footnote uses — /v1/chat/completions (JSON and SSE stream),
// /v1/embeddings, /v1/models — including the error JSON, 401 for a wrong
// key, 404 model_not_found, and rate-limit headers. Each test scripts the
// replies it needs (rate limits, server errors, cut streams, invalid JSON,
// stalls) so that the real go-openai client can be driven through every
// fault.
package fakeopenai

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"time"
)

// Request is a request the server received, for assertions.
type Request struct {
	Method string
	Path   string
	// Authorization is the request's Authorization header.
	Authorization string
	// Chat is the decoded body of a chat completion request.
	Chat *ChatRequest
	// EmbedInput is the input of an embeddings request.
	EmbedInput []string
}

// ChatMessage is one message of a chat request.
type ChatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is the part of a chat completion request the fake reads.
type ChatRequest struct {
	Model               string        `json:"model"`
	Messages            []ChatMessage `json:"messages"`
	Stream              bool          `json:"stream"`
	Temperature         *float64      `json:"temperature"`
	MaxTokens           *int          `json:"max_tokens"`
	MaxCompletionTokens *int          `json:"max_completion_tokens"`
	StreamOptions       *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
	// ResponseFormat is the request's response_format, as sent.
	ResponseFormat json.RawMessage `json:"response_format,omitempty"`
}

// Server is a fake OpenAI-compatible server.
type Server struct {
	srv    *httptest.Server
	closed chan struct{}
	once   sync.Once

	mu       sync.Mutex
	apiKey   string
	models   []string
	dim      int
	chat     []Reply
	fallback *Reply
	embed    []Reply
	list     []Reply
	requests []Request
	seq      int
	listener net.Listener
	// noStructured rejects response_format (WithoutStructuredOutput).
	noStructured bool
	// bySchema answers requests by their json_schema name
	// (WithSchemaReplies).
	bySchema map[string]func(ChatRequest) Reply
}

// Option configures a Server.
type Option func(*Server)

// WithAPIKey makes the server require "Authorization: Bearer key" and answer
// 401 otherwise. Without it the server accepts any request, like a local
// Ollama or llama.cpp server.
func WithAPIKey(key string) Option { return func(s *Server) { s.apiKey = key } }

// WithModels sets the model IDs the server knows (default: "gpt-4o-mini" and
// "text-embedding-3-small"). Requests for another model get 404
// model_not_found.
func WithModels(ids ...string) Option { return func(s *Server) { s.models = ids } }

// WithListener makes the server listen on l (which should be on
// 127.0.0.1) instead of a random port.
func WithListener(l net.Listener) Option { return func(s *Server) { s.listener = l } }

// WithEmbeddingDim sets the length of the embedding vectors (default 64).
func WithEmbeddingDim(n int) Option { return func(s *Server) { s.dim = n } }

// New starts a server on 127.0.0.1. Close it when done.
func New(opts ...Option) *Server {
	s := &Server{
		closed: make(chan struct{}),
		models: []string{"gpt-4o-mini", "text-embedding-3-small"},
		dim:    64,
	}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.handleChat)
	mux.HandleFunc("POST /v1/embeddings", s.handleEmbeddings)
	mux.HandleFunc("GET /v1/models", s.handleModels)
	mux.HandleFunc("GET /v1/models/{id}", s.handleModel)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, Error(http.StatusNotFound, "invalid_request_error", "unknown_url",
			fmt.Sprintf("Invalid URL (%s %s)", r.Method, r.URL.Path)))
	})
	s.srv = httptest.NewUnstartedServer(s.authenticate(mux))
	if s.listener != nil {
		_ = s.srv.Listener.Close()
		s.srv.Listener = s.listener
	}
	s.srv.Start()
	return s
}

// URL is the server's root, e.g. http://127.0.0.1:41234.
func (s *Server) URL() string { return s.srv.URL }

// BaseURL is what OPENAI_BASE_URL should be set to: URL() + "/v1".
func (s *Server) BaseURL() string { return s.srv.URL + "/v1" }

// Client returns an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Close releases stalled requests and shuts the server down.
func (s *Server) Close() {
	s.once.Do(func() { close(s.closed) })
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// ScriptChat queues replies for the next chat completion requests, in order.
func (s *Server) ScriptChat(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chat = append(s.chat, replies...)
}

// DefaultChat sets the reply used once the chat script is exhausted. Without
// one, an unscripted chat request gets a 500 saying so, which makes a test
// that sends more requests than it expected fail visibly.
func (s *Server) DefaultChat(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = &r
}

// ScriptEmbeddings queues replies for the next embeddings requests; once
// they are used up the server computes embeddings itself.
func (s *Server) ScriptEmbeddings(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embed = append(s.embed, replies...)
}

// ScriptModels queues replies for the next GET /v1/models requests; once
// they are used up the server lists its models.
func (s *Server) ScriptModels(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.list = append(s.list, replies...)
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Count returns how many requests were made to path (e.g.
// "/v1/chat/completions").
func (s *Server) Count(path string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Path == path {
			n++
		}
	}
	return n
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
}

func pop(q *[]Reply) (Reply, bool) {
	if len(*q) == 0 {
		return Reply{}, false
	}
	r := (*q)[0]
	*q = (*q)[1:]
	return r, true
}

func (s *Server) knows(model string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Contains(s.models, model)
}

func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		s.mu.Lock()
		key := s.apiKey
		s.mu.Unlock()
		if key != "" && auth != "Bearer "+key {
			s.record(Request{Method: r.Method, Path: r.URL.Path, Authorization: auth})
			msg := "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
			code := ""
			if auth != "" {
				msg = "Incorrect API key provided: " + masked(strings.TrimPrefix(auth, "Bearer ")) +
					". You can find your API key at https://platform.openai.com/account/api-keys."
				code = "invalid_api_key"
			}
			writeError(w, Error(http.StatusUnauthorized, "invalid_request_error", code, msg))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// masked shows a key the way OpenAI's 401 message does: its start and its
// last four characters.
func masked(key string) string {
	if len(key) <= 8 {
		return "****"
	}
	return key[:3] + strings.Repeat("*", len(key)-7) + key[len(key)-4:]
}

// setRateHeaders sets the x-ratelimit-* headers OpenAI sends on every
// response, unless the reply sets its own.
func setRateHeaders(h http.Header) {
	h.Set("x-ratelimit-limit-requests", "500")
	h.Set("x-ratelimit-remaining-requests", "499")
	h.Set("x-ratelimit-reset-requests", "120ms")
	h.Set("x-ratelimit-limit-tokens", "200000")
	h.Set("x-ratelimit-remaining-tokens", "199000")
	h.Set("x-ratelimit-reset-tokens", "300ms")
}

func applyHeader(w http.ResponseWriter, r Reply) {
	setRateHeaders(w.Header())
	for k, vs := range r.Header {
		w.Header()[http.CanonicalHeaderKey(k)] = vs
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, r Reply) {
	applyHeader(w, r)
	writeJSON(w, r.Status, map[string]any{"error": r.Err})
}

func modelNotFound(model string) Reply {
	return Error(http.StatusNotFound, "invalid_request_error", "model_not_found",
		fmt.Sprintf("The model `%s` does not exist or you do not have access to it.", model))
}

// stall blocks until the client gives up or the server closes.
func (s *Server) stall(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.closed:
	}
}

// cutConnection closes the connection under a handler, so that the client
// sees an early end of the body.
func cutConnection(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
		}
	}
}

func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	s.record(Request{Method: r.Method, Path: r.URL.Path, Authorization: r.Header.Get("Authorization")})
	s.mu.Lock()
	reply, scripted := pop(&s.list)
	models := slices.Clone(s.models)
	s.mu.Unlock()
	if scripted && s.fault(w, r, reply) {
		return
	}
	data := make([]map[string]any, len(models))
	for i, id := range models {
		data[i] = modelObject(id)
	}
	setRateHeaders(w.Header())
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data})
}

func modelObject(id string) map[string]any {
	return map[string]any{"id": id, "object": "model", "created": 1715367049, "owned_by": "system"}
}

func (s *Server) handleModel(w http.ResponseWriter, r *http.Request) {
	s.record(Request{Method: r.Method, Path: r.URL.Path, Authorization: r.Header.Get("Authorization")})
	id := r.PathValue("id")
	if !s.knows(id) {
		writeError(w, modelNotFound(id))
		return
	}
	setRateHeaders(w.Header())
	writeJSON(w, http.StatusOK, modelObject(id))
}

// fault writes a scripted non-success reply and reports whether it did;
// KindText replies are left to the caller.
func (s *Server) fault(w http.ResponseWriter, r *http.Request, reply Reply) bool {
	switch reply.Kind {
	case KindText:
		return false
	case KindError:
		writeError(w, reply)
	case KindStall:
		s.stall(r)
	case KindInvalidJSON:
		applyHeader(w, reply)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"object": "list", "data": [{"id": `))
		_, _ = w.Write([]byte("<html>502 Bad Gateway</html>\n"))
	default:
		applyHeader(w, reply)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"object": "list", "data": [`))
		cutConnection(w)
	}
	return true
}

func (s *Server) handleEmbeddings(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		s.record(Request{Method: r.Method, Path: r.URL.Path})
		writeError(w, Error(http.StatusBadRequest, "invalid_request_error", "", "We could not parse the JSON body of your request."))
		return
	}
	var inputs []string
	var one string
	if err := json.Unmarshal(body.Input, &one); err == nil {
		inputs = []string{one}
	} else if err := json.Unmarshal(body.Input, &inputs); err != nil {
		s.record(Request{Method: r.Method, Path: r.URL.Path})
		writeError(w, Error(http.StatusBadRequest, "invalid_request_error", "", "'input' must be a string or an array of strings"))
		return
	}
	s.record(Request{Method: r.Method, Path: r.URL.Path, Authorization: r.Header.Get("Authorization"), EmbedInput: inputs})
	s.mu.Lock()
	reply, scripted := pop(&s.embed)
	dim := s.dim
	s.mu.Unlock()
	if scripted && s.fault(w, r, reply) {
		return
	}
	if !s.knows(body.Model) {
		writeError(w, modelNotFound(body.Model))
		return
	}
	data := make([]map[string]any, len(inputs))
	tokens := 0
	for i, in := range inputs {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": Embed(in, dim)}
		tokens += len(strings.Fields(in))
	}
	setRateHeaders(w.Header())
	writeJSON(w, http.StatusOK, map[string]any{
		"object": "list", "data": data, "model": body.Model,
		"usage": map[string]int{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}

// Embed is the fake's embedding: a bag of lower-cased words hashed into dim
// buckets, not normalised. Texts sharing words get similar vectors, so
// retrieval over it behaves sensibly.
func Embed(text string, dim int) []float32 {
	v := make([]float32, dim)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		h := fnv.New32a()
		_, _ = h.Write([]byte(w))
		v[int(h.Sum32()%uint32(dim))] += 1
	}
	v[0] += 0.5 // never the zero vector
	return v
}

func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		s.record(Request{Method: r.Method, Path: r.URL.Path})
		writeError(w, Error(http.StatusBadRequest, "invalid_request_error", "", "We could not parse the JSON body of your request."))
		return
	}
	s.record(Request{Method: r.Method, Path: r.URL.Path, Authorization: r.Header.Get("Authorization"), Chat: &req})
	if !s.knows(req.Model) {
		writeError(w, modelNotFound(req.Model))
		return
	}
	if len(req.Messages) == 0 {
		writeError(w, Error(http.StatusBadRequest, "invalid_request_error", "", "[] is too short - 'messages'"))
		return
	}
	if bad, ok := s.checkResponseFormat(req.ResponseFormat); ok {
		writeError(w, bad)
		return
	}
	s.mu.Lock()
	var (
		reply Reply
		ok    bool
	)
	if f := s.bySchema[schemaName(req.ResponseFormat)]; f != nil {
		reply, ok = f(req), true
	} else {
		reply, ok = pop(&s.chat)
	}
	if !ok && s.fallback != nil {
		reply, ok = *s.fallback, true
	}
	s.seq++
	id := fmt.Sprintf("chatcmpl-fake%04d", s.seq)
	s.mu.Unlock()
	if !ok {
		writeError(w, Error(http.StatusInternalServerError, "server_error", "", "fakeopenai: no scripted reply left for this chat request"))
		return
	}
	c := completion{id: id, model: req.Model, created: time.Now().Unix(), reply: reply, usage: req.StreamOptions != nil && req.StreamOptions.IncludeUsage}
	if req.Stream && (reply.Kind != KindError && reply.Kind != KindStall) {
		c.stream(w)
		return
	}
	if s.fault(w, r, reply) {
		return
	}
	c.json(w)
}
