package fakeopenai

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Script is a fault script as JSON, for running the fake as a separate
// process (cmd/fakeopenai) against the footnote binary, black-box:
//
//	{"api_key": "sk-test", "chat": [{"kind": "rate_limited", "retry_after": "1"},
//	  {"kind": "text", "text": "Nikki Haley expressed the lone dissent [¶6]."}],
//	 "default_chat": {"kind": "server_error", "status": 503}}
type Script struct {
	APIKey       string        `json:"api_key"`
	Models       []string      `json:"models"`
	EmbeddingDim int           `json:"embedding_dim"`
	Chat         []ScriptReply `json:"chat"`
	DefaultChat  *ScriptReply  `json:"default_chat"`
	Embeddings   []ScriptReply `json:"embeddings"`
	ListModels   []ScriptReply `json:"list_models"`
}

// ScriptReply is one scripted reply. Kind is one of text, error,
// rate_limited, quota, server_error, cut, end_early, invalid_json, stall,
// stream_error.
type ScriptReply struct {
	Kind         string `json:"kind"`
	Text         string `json:"text"`
	FinishReason string `json:"finish_reason"`
	Status       int    `json:"status"`
	Type         string `json:"type"`
	Code         string `json:"code"`
	Message      string `json:"message"`
	RetryAfter   string `json:"retry_after"`
}

// Reply converts the scripted reply.
func (r ScriptReply) Reply() (Reply, error) {
	switch r.Kind {
	case "text":
		return Reply{Kind: KindText, Text: r.Text, FinishReason: r.FinishReason}, nil
	case "error":
		if r.Status < 400 || r.Status > 599 {
			return Reply{}, fmt.Errorf("error reply: status %d is not an HTTP error", r.Status)
		}
		return Error(r.Status, r.Type, r.Code, r.Message), nil
	case "rate_limited":
		return RateLimited(r.RetryAfter), nil
	case "quota":
		return QuotaExceeded(), nil
	case "server_error":
		if r.Status == 0 {
			r.Status = http.StatusInternalServerError
		}
		if r.Status < 500 || r.Status > 599 {
			return Reply{}, fmt.Errorf("server_error reply: status %d is not a 5xx", r.Status)
		}
		return ServerError(r.Status), nil
	case "cut":
		return Cut(r.Text), nil
	case "end_early":
		return EndEarly(r.Text), nil
	case "invalid_json":
		return InvalidJSON(), nil
	case "stall":
		return Stall(), nil
	case "stream_error":
		return StreamError(r.Text, r.Message), nil
	}
	return Reply{}, fmt.Errorf("unknown reply kind %q", r.Kind)
}

// LoadScript reads a script; unknown fields are an error, so that a typo
// doesn't silently script nothing.
func LoadScript(r io.Reader) (Script, error) {
	var s Script
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Script{}, fmt.Errorf("parse fake server script: %w", err)
	}
	return s, nil
}

// Options returns the server options the script sets.
func (s Script) Options() []Option {
	var opts []Option
	if s.APIKey != "" {
		opts = append(opts, WithAPIKey(s.APIKey))
	}
	if len(s.Models) > 0 {
		opts = append(opts, WithModels(s.Models...))
	}
	if s.EmbeddingDim > 0 {
		opts = append(opts, WithEmbeddingDim(s.EmbeddingDim))
	}
	return opts
}

// Apply queues the script's replies on srv.
func (s Script) Apply(srv *Server) error {
	conv := func(what string, rs []ScriptReply) ([]Reply, error) {
		out := make([]Reply, len(rs))
		for i, r := range rs {
			var err error
			if out[i], err = r.Reply(); err != nil {
				return nil, fmt.Errorf("%s[%d]: %w", what, i, err)
			}
		}
		return out, nil
	}
	chat, err := conv("chat", s.Chat)
	if err != nil {
		return err
	}
	embed, err := conv("embeddings", s.Embeddings)
	if err != nil {
		return err
	}
	list, err := conv("list_models", s.ListModels)
	if err != nil {
		return err
	}
	if s.DefaultChat != nil {
		d, err := s.DefaultChat.Reply()
		if err != nil {
			return fmt.Errorf("default_chat: %w", err)
		}
		srv.DefaultChat(d)
	}
	srv.ScriptChat(chat...)
	srv.ScriptEmbeddings(embed...)
	srv.ScriptModels(list...)
	return nil
}
