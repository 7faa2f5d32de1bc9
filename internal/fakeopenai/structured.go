package fakeopenai

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// Structured output, as the real API does it: a chat request may carry
// response_format {"type": "json_schema", "json_schema": {"name", "strict",
// "schema"}}. With strict true the schema must follow strict mode's rules
// (every object lists all its properties in required and sets
// additionalProperties false; arrays have items; every schema has a type),
// or the request gets a 400 "Invalid schema for response_format ...". A
// server built WithoutStructuredOutput answers any response_format other
// than type text with the 400 a model without structured output gives.
// The reply's content is whatever the test scripts (Structured builds the
// footnote_answer JSON); a server with structured output never sends
// anything else, which a test may still script to probe the client.

// WithoutStructuredOutput makes the server reject response_format like a
// model without structured output (400, param "response_format").
func WithoutStructuredOutput() Option { return func(s *Server) { s.noStructured = true } }

// responseFormat is the part of a response_format the fake reads.
type responseFormat struct {
	Type       string `json:"type"`
	JSONSchema *struct {
		Name   string          `json:"name"`
		Strict bool            `json:"strict"`
		Schema json.RawMessage `json:"schema"`
	} `json:"json_schema"`
}

// checkResponseFormat returns the error reply a request's response_format
// gets, if any.
func (s *Server) checkResponseFormat(raw json.RawMessage) (Reply, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return Reply{}, false
	}
	var rf responseFormat
	if err := json.Unmarshal(raw, &rf); err != nil {
		return badParam("response_format", "invalid_type", "Invalid type for 'response_format': expected an object."), true
	}
	if rf.Type == "text" {
		return Reply{}, false
	}
	if s.noStructured {
		msg := fmt.Sprintf("Invalid parameter: 'response_format' of type '%s' is not supported with this model.", rf.Type)
		return badParam("response_format", "", msg), true
	}
	switch rf.Type {
	case "json_object":
		return Reply{}, false
	case "json_schema":
	default:
		return badParam("response_format.type", "invalid_value",
			fmt.Sprintf("Invalid value: '%s'. Supported values are: 'json_object', 'json_schema', and 'text'.", rf.Type)), true
	}
	if rf.JSONSchema == nil {
		return badParam("response_format.json_schema", "missing_required_parameter", "Missing required parameter: 'response_format.json_schema'."), true
	}
	if rf.JSONSchema.Name == "" {
		return badParam("response_format.json_schema.name", "missing_required_parameter", "Missing required parameter: 'response_format.json_schema.name'."), true
	}
	if !rf.JSONSchema.Strict {
		return Reply{}, false
	}
	var schema any
	if err := json.Unmarshal(rf.JSONSchema.Schema, &schema); err != nil {
		return badParam("response_format", "", fmt.Sprintf("Invalid schema for response_format '%s': schema must be an object.", rf.JSONSchema.Name)), true
	}
	if p := strictProblem(schema, nil); p != "" {
		return badParam("response_format", "", fmt.Sprintf("Invalid schema for response_format '%s': %s", rf.JSONSchema.Name, p)), true
	}
	return Reply{}, false
}

func badParam(param, code, msg string) Reply {
	r := Error(http.StatusBadRequest, "invalid_request_error", code, msg)
	r.Err.Param = strptr(param)
	return r
}

// strictProblem is the first strict-mode rule schema breaks, worded as
// OpenAI words it; "" if none.
func strictProblem(schema any, ctx []string) string {
	where := fmt.Sprintf("In context=(%s), ", strings.Join(ctx, ", "))
	m, ok := schema.(map[string]any)
	if !ok {
		return where + "schema must be an object."
	}
	types := []any{m["type"]}
	if l, ok := m["type"].([]any); ok {
		types = l
	}
	if len(ctx) == 0 && m["type"] != "object" {
		return fmt.Sprintf("schema must be a JSON Schema of 'type: \"object\"', got 'type: \"%v\"'.", m["type"])
	}
	if subs, ok := m["anyOf"].([]any); ok {
		for i, sub := range subs {
			if p := strictProblem(sub, append(slices.Clone(ctx), "'anyOf'", fmt.Sprint(i))); p != "" {
				return p
			}
		}
		return ""
	}
	if _, t := m["type"]; !t && m["enum"] == nil && m["const"] == nil && m["$ref"] == nil {
		return where + "schema must have a 'type' key."
	}
	if slices.Contains(types, any("object")) {
		if m["additionalProperties"] != false {
			return where + "'additionalProperties' is required to be supplied and to be false."
		}
		props, _ := m["properties"].(map[string]any)
		req, _ := m["required"].([]any)
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !slices.Contains(req, any(k)) {
				return where + fmt.Sprintf("'required' is required to be supplied and to be an array including every key in properties. Missing '%s'.", k)
			}
		}
		for _, k := range keys {
			if p := strictProblem(props[k], append(slices.Clone(ctx), "'properties'", "'"+k+"'")); p != "" {
				return p
			}
		}
	}
	if slices.Contains(types, any("array")) {
		items, ok := m["items"]
		if !ok {
			return where + "array schema missing items."
		}
		return strictProblem(items, append(slices.Clone(ctx), "'items'"))
	}
	return ""
}

// Claim is one claim of a footnote_answer reply.
type Claim struct {
	Text      string `json:"text"`
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Quote     string `json:"quote"`
}

// Structured is a completion whose content is the footnote_answer JSON
// {"not_in_articles": notIn, "claims": [...]}, compact as the API sends it.
func Structured(notIn bool, claims ...Claim) Reply {
	if claims == nil {
		claims = []Claim{}
	}
	b, _ := json.Marshal(struct {
		NotInArticles bool    `json:"not_in_articles"`
		Claims        []Claim `json:"claims"`
	}{notIn, claims})
	return Text(string(b))
}

// Verdict is a completion whose content is the footnote_verdict JSON
// {"supported": supported}: the model's second opinion on whether a
// quotation supports a claim.
func Verdict(supported bool) Reply {
	b, _ := json.Marshal(struct {
		Supported bool `json:"supported"`
	}{supported})
	return Text(string(b))
}

// WithSchemaReplies answers every chat request whose response_format is
// the json_schema called name with reply(request), instead of the next
// scripted reply: a test need not know in which order such calls come
// among the others. The response_format is checked first, as always.
func WithSchemaReplies(name string, reply func(ChatRequest) Reply) Option {
	return func(s *Server) {
		if s.bySchema == nil {
			s.bySchema = map[string]func(ChatRequest) Reply{}
		}
		s.bySchema[name] = reply
	}
}

// schemaName is the json_schema name of a response_format, "" if none.
func schemaName(raw json.RawMessage) string {
	var rf responseFormat
	if len(raw) == 0 || json.Unmarshal(raw, &rf) != nil || rf.JSONSchema == nil {
		return ""
	}
	return rf.JSONSchema.Name
}
