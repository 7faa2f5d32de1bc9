package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Errors of a model call. The answerer never returns them for a transient
// fault (it falls back to the extractive answer); they are logged and used
// to word the answer's Note.
var (
	// ErrCircuitOpen means recent calls failed and the breaker is open.
	ErrCircuitOpen = errors.New("circuit breaker open after repeated model failures")
	// ErrIncomplete means the stream ended without a finish_reason (a
	// connection cut short looks like a normal end to go-openai).
	ErrIncomplete = errors.New("model stream ended without a finish_reason")
	// ErrTruncated means the model stopped at the token limit.
	ErrTruncated = errors.New("model answer cut at the token limit (finish_reason length)")
	// ErrTooLong means the answer outgrew the size cap (the server ignored
	// max_tokens); it is an ErrTruncated.
	ErrTooLong = fmt.Errorf("%w: over the size cap, the server ignored max_tokens", ErrTruncated)
	// ErrNoFirstToken means the server sent no word of its answer within
	// the first-token timeout.
	ErrNoFirstToken = errors.New("model sent nothing within the first-token timeout")
	// ErrFiltered means the server's content filter stopped the answer.
	ErrFiltered = errors.New("model answer stopped by the server's content filter")
)

// SetupError is a fault the operator must fix (a wrong key, an unknown
// model, a wrong base URL). Var names the environment variable to fix;
// Error() says so in words a user can act on.
type SetupError struct {
	Var string
	Msg string
	Err error
}

func (e *SetupError) Error() string { return fmt.Sprintf("%s; check %s", e.Msg, e.Var) }

// UserMessage words the fault for an end user: what is wrong and which
// variable to fix, without the operator's details (the server's address,
// its list of models, the model's name), which stay in Error for the log.
func (e *SetupError) UserMessage() string {
	what := "the model is misconfigured"
	switch e.Var {
	case EnvAPIKey:
		what = "the model server refused the API key"
	case EnvChatModel:
		what = "the model server doesn't have the configured chat model"
	case EnvEmbedModel:
		what = "the model server doesn't have the configured embedding model"
	case EnvBaseURL:
		what = "the model server can't be used at the configured address"
	}
	return what + "; check " + e.Var
}

// Unwrap returns the underlying error.
func (e *SetupError) Unwrap() error { return e.Err }

// apiStatus returns the HTTP status and the OpenAI error code and message of
// an error from go-openai, if it is an HTTP error.
func apiStatus(err error) (status int, code, msg string, ok bool) {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		code, _ = apiErr.Code.(string)
		return apiErr.HTTPStatusCode, code, apiErr.Message, apiErr.HTTPStatusCode != 0
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode, "", "", true
	}
	return 0, "", "", false
}

// classify turns a 401/403 into a SetupError naming OPENAI_API_KEY, an
// unknown model into one naming modelVar, and a 404 for an unknown URL into
// one naming OPENAI_BASE_URL; other errors are returned unchanged.
func classify(err error, model, modelVar string) error {
	status, code, msg, ok := apiStatus(err)
	if !ok {
		return err
	}
	lower := strings.ToLower(msg)
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden || code == "invalid_api_key":
		return &SetupError{Var: EnvAPIKey, Msg: fmt.Sprintf("the model server refused the API key (HTTP %d)", status), Err: err}
	case code == "model_not_found" ||
		(status == http.StatusNotFound && strings.Contains(lower, "model") &&
			(strings.Contains(lower, "not found") || strings.Contains(lower, "does not exist"))):
		return &SetupError{Var: modelVar, Msg: fmt.Sprintf("the model server has no model %q", model), Err: err}
	case status == http.StatusNotFound:
		return &SetupError{Var: EnvBaseURL, Msg: "no OpenAI-compatible API at the base URL (HTTP 404; it usually ends in /v1)", Err: err}
	}
	return err
}

// reason words a model failure for the user, without internals.
func reason(err error) string {
	var setup *SetupError
	switch {
	case errors.As(err, &setup):
		return setup.UserMessage()
	case errors.Is(err, ErrCircuitOpen):
		return "the model failed repeatedly and is paused for a moment"
	case errors.Is(err, ErrNoFirstToken):
		return "the model did not start answering in time"
	case errors.Is(err, context.DeadlineExceeded):
		return "the model did not answer in time"
	case errors.Is(err, ErrIncomplete):
		return "the model's answer was cut off"
	case errors.Is(err, ErrTruncated):
		return "the model's answer was too long"
	case errors.Is(err, ErrFiltered):
		return "the model's answer was filtered by the server"
	}
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &syntaxErr) || errors.As(err, &typeErr) {
		return "the model server sent an invalid response"
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 0 {
		return "the model server reported an error while answering"
	}
	if status, code, _, ok := apiStatus(err); ok {
		switch {
		case code == "insufficient_quota":
			return "the model account has no quota left"
		case status == http.StatusTooManyRequests:
			return "the model server is rate limiting us"
		case status >= 500:
			return fmt.Sprintf("the model server failed (HTTP %d)", status)
		default:
			return fmt.Sprintf("the model server rejected the request (HTTP %d)", status)
		}
	}
	return "the model server could not be reached"
}

// keyLike matches API keys as servers echo them in error messages
// ("Incorrect API key provided: sk-proj-abc***wxyz").
var keyLike = regexp.MustCompile(`\b(sk|pk|rk)-[A-Za-z0-9_*\-]{4,}`)

// redact returns err's text with anything that looks like an API key
// removed, for logging: a server may echo a (masked or not) key back.
func redact(err error, key string) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if key != "" {
		s = strings.ReplaceAll(s, key, "[redacted]")
	}
	return keyLike.ReplaceAllString(s, "[redacted]")
}
