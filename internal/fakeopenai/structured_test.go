package fakeopenai

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
)

// answerSchema is a strict-valid footnote_answer schema.
const answerSchema = `{"type":"object","properties":{"not_in_articles":{"type":"boolean"},
"claims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"article":{"type":"string"},
"paragraph":{"type":"integer"},"quote":{"type":"string"}},"required":["text","article","paragraph","quote"],"additionalProperties":false}}},
"required":["not_in_articles","claims"],"additionalProperties":false}`

func structuredReq(schema string, strict bool) openai.ChatCompletionRequest {
	req := chatReq(false)
	req.ResponseFormat = &openai.ChatCompletionResponseFormat{
		Type:       openai.ChatCompletionResponseFormatTypeJSONSchema,
		JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: "footnote_answer", Schema: json.RawMessage(schema), Strict: strict},
	}
	return req
}

func TestStructuredOutput(t *testing.T) {
	s := New()
	defer s.Close()
	s.ScriptChat(Structured(false, Claim{Text: "Haley dissented", Article: "a", Paragraph: 6, Quote: "the lone dissent"}))
	resp, err := client(s, "").CreateChatCompletion(context.Background(), structuredReq(answerSchema, true))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		NotInArticles bool    `json:"not_in_articles"`
		Claims        []Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(resp.Choices[0].Message.Content), &got); err != nil || len(got.Claims) != 1 || got.Claims[0].Paragraph != 6 {
		t.Fatalf("content %q (%v)", resp.Choices[0].Message.Content, err)
	}
	if rf := s.Requests()[0].Chat.ResponseFormat; !strings.Contains(string(rf), `"footnote_answer"`) {
		t.Errorf("response_format not recorded: %s", rf)
	}
}

func TestStructuredOutputRejected(t *testing.T) {
	tests := []struct {
		name, schema string
		strict       bool
		opts         []Option
		want         string
	}{
		{"no structured output", answerSchema, true, []Option{WithoutStructuredOutput()}, "'response_format' of type 'json_schema' is not supported"},
		{"property not required", strings.Replace(answerSchema, `"required":["not_in_articles","claims"]`, `"required":["claims"]`, 1), true, nil, "Missing 'not_in_articles'"},
		{"additional properties allowed", strings.Replace(answerSchema, `"additionalProperties":false}}}`, `"additionalProperties":true}}}`, 1), true, nil, "'additionalProperties' is required to be supplied and to be false"},
		{"array without items", `{"type":"object","properties":{"claims":{"type":"array"}},"required":["claims"],"additionalProperties":false}`, true, nil, "array schema missing items"},
		{"not an object", `{"type":"array","items":{"type":"string"}}`, true, nil, `schema must be a JSON Schema of 'type: "object"'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.opts...)
			defer s.Close()
			s.DefaultChat(Text("{}"))
			_, err := client(s, "").CreateChatCompletion(context.Background(), structuredReq(tt.schema, tt.strict))
			var apiErr *openai.APIError
			if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 400 || !strings.Contains(apiErr.Message, tt.want) {
				t.Fatalf("err = %v, want a 400 saying %q", err, tt.want)
			}
			if apiErr.Param == nil || !strings.HasPrefix(*apiErr.Param, "response_format") {
				t.Errorf("param = %v, want response_format", apiErr.Param)
			}
		})
	}
	t.Run("not strict: not checked", func(t *testing.T) {
		s := New()
		defer s.Close()
		s.DefaultChat(Text("{}"))
		if _, err := client(s, "").CreateChatCompletion(context.Background(), structuredReq(`{"type":"object"}`, false)); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSchemaReplies(t *testing.T) {
	const verdict = `{"type":"object","properties":{"supported":{"type":"boolean"}},"required":["supported"],"additionalProperties":false}`
	s := New(WithSchemaReplies("footnote_verdict", func(r ChatRequest) Reply {
		return Verdict(strings.Contains(r.Messages[0].Content, "lone dissent"))
	}))
	defer s.Close()
	s.ScriptChat(Text("the scripted reply"))
	ask := func(name, content string) string {
		req := chatReq(false)
		req.Messages[0].Content = content
		if name != "" {
			req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
				JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: name, Schema: json.RawMessage(verdict), Strict: true}}
		}
		resp, err := client(s, "").CreateChatCompletion(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		return resp.Choices[0].Message.Content
	}
	if got := ask("footnote_verdict", "Does 'the lone dissent' support it?"); got != `{"supported":true}` {
		t.Errorf("verdict %q, want supported", got)
	}
	if got := ask("footnote_verdict", "Does 'the deadlock' support it?"); got != `{"supported":false}` {
		t.Errorf("verdict %q, want not supported", got)
	}
	// Other requests still take the scripted replies, in order.
	if got := ask("", "anything"); got != "the scripted reply" {
		t.Errorf("reply %q, want the scripted one", got)
	}
	// The schema is checked as strict mode checks it, before any reply.
	req := chatReq(false)
	req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
		JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: "footnote_verdict", Schema: json.RawMessage(`{"type":"object","properties":{"supported":{"type":"boolean"}}}`), Strict: true}}
	if _, err := client(s, "").CreateChatCompletion(context.Background(), req); err == nil || !strings.Contains(err.Error(), "additionalProperties") {
		t.Errorf("a schema strict mode rejects was answered: %v", err)
	}
}
