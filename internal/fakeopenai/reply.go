package fakeopenai

import (
	"net/http"
	"strconv"
)

// Kind says how the server answers one scripted request.
type Kind int

// The kinds of scripted replies.
const (
	// KindText is a normal completion whose content is Reply.Text: a JSON
	// object, or for a streamed request an SSE stream of chunk objects
	// ending with a finish_reason chunk and "data: [DONE]".
	KindText Kind = iota
	// KindError is an HTTP error with OpenAI's error JSON.
	KindError
	// KindCut sends part of the answer and closes the connection: a stream
	// without finish_reason or [DONE], or a truncated JSON body.
	KindCut
	// KindInvalidJSON answers 200 with a body that is not JSON (for a
	// stream, a data: line that is not JSON).
	KindInvalidJSON
	// KindStall sends nothing until the client gives up (or the server is
	// closed): a server slower than any timeout, with no real waiting.
	KindStall
	// KindStreamError streams part of the answer, then an error event
	// (data: {"error": ...}) as OpenAI does when it fails mid-stream.
	KindStreamError
	// KindEndEarly streams part of the answer and ends the response
	// cleanly, without finish_reason or [DONE] (a proxy closing the stream):
	// go-openai reports it as io.EOF, like a normal end.
	KindEndEarly
)

// APIError is the body of OpenAI's error JSON: {"error": {...}}.
type APIError struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
}

// Reply is one scripted answer.
type Reply struct {
	Kind Kind
	// Text is the completion's content (KindText, KindCut, KindStreamError).
	Text string
	// FinishReason is the final chunk's finish_reason; "stop" when empty.
	FinishReason string
	// Status is the HTTP status of a KindError reply.
	Status int
	// Err is the error object of a KindError or KindStreamError reply.
	Err APIError
	// Header is added to the response.
	Header http.Header
}

func strptr(s string) *string { return &s }

// Text is a completion that says s.
func Text(s string) Reply { return Reply{Kind: KindText, Text: s} }

// Error is an HTTP error with OpenAI's error JSON. An empty code is sent as
// null, as OpenAI does for server errors.
func Error(status int, typ, code, message string) Reply {
	e := APIError{Message: message, Type: typ}
	if code != "" {
		e.Code = strptr(code)
	}
	return Reply{Kind: KindError, Status: status, Err: e}
}

// RateLimited is a 429 with Retry-After (seconds, as a string; empty for
// none) and x-ratelimit-* headers saying the request budget is spent.
func RateLimited(retryAfter string) Reply {
	r := Error(http.StatusTooManyRequests, "requests", "rate_limit_exceeded",
		"Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again later.")
	r.Header = http.Header{}
	if retryAfter != "" {
		r.Header.Set("Retry-After", retryAfter)
		if s, err := strconv.Atoi(retryAfter); err == nil {
			r.Header.Set("retry-after-ms", strconv.Itoa(s*1000))
		}
	}
	r.Header.Set("x-ratelimit-limit-requests", "3")
	r.Header.Set("x-ratelimit-remaining-requests", "0")
	r.Header.Set("x-ratelimit-reset-requests", retryAfter+"s")
	return r
}

// QuotaExceeded is the 429 OpenAI sends when the account has no credit:
// retrying does not help.
func QuotaExceeded() Reply {
	return Error(http.StatusTooManyRequests, "insufficient_quota", "insufficient_quota",
		"You exceeded your current quota, please check your plan and billing details.")
}

// ServerError is a 500, 502 or 503 with OpenAI's wording.
func ServerError(status int) Reply {
	msg := "The server had an error while processing your request. Sorry about that!"
	if status == http.StatusServiceUnavailable {
		msg = "The engine is currently overloaded, please try again later."
	}
	return Error(status, "server_error", "", msg)
}

// Cut sends the first part of text and closes the connection early.
func Cut(text string) Reply { return Reply{Kind: KindCut, Text: text} }

// EndEarly streams the first part of text and ends the response cleanly
// without a finish_reason.
func EndEarly(text string) Reply { return Reply{Kind: KindEndEarly, Text: text} }

// InvalidJSON answers 200 with a body that is not JSON.
func InvalidJSON() Reply { return Reply{Kind: KindInvalidJSON} }

// Stall never answers: the request ends when the client gives up.
func Stall() Reply { return Reply{Kind: KindStall} }

// StreamError streams text, then an error event.
func StreamError(text, message string) Reply {
	return Reply{Kind: KindStreamError, Text: text, Err: APIError{Message: message, Type: "server_error"}}
}
