package llm

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Structured output: where the server supports it, the model answers with
// the JSON object
//
//	{"not_in_articles": bool, "claims": [{"text", "article", "paragraph", "quote"}]}
//
// (response_format json_schema "footnote_answer", strict): each claim with
// the article ID and paragraph number it cites and the words of that
// paragraph that support it. Streamed, each claim is checked and shown as
// soon as its object is complete.

// answerSchemaName is the json_schema name of the structured answer.
const answerSchemaName = "footnote_answer"

// answerSchema is the JSON schema of the structured answer, following
// strict mode's rules (every property required, no additional ones).
const answerSchema = `{
  "type": "object",
  "properties": {
    "not_in_articles": {"type": "boolean", "description": "true when the paragraphs do not answer the question; claims is then empty"},
    "claims": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "text": {"type": "string", "description": "one claim of the answer, in the language of the question"},
          "article": {"type": "string", "description": "the ID of the article the claim comes from"},
          "paragraph": {"type": "integer", "description": "the number of the paragraph that says it"},
          "quote": {"type": "string", "description": "the exact words of that paragraph that support the claim, copied verbatim"}
        },
        "required": ["text", "article", "paragraph", "quote"],
        "additionalProperties": false
      }
    }
  },
  "required": ["not_in_articles", "claims"],
  "additionalProperties": false
}`

// responseFormat is the response_format of a structured request.
func responseFormat() *openai.ChatCompletionResponseFormat {
	return &openai.ChatCompletionResponseFormat{
		Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
		JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
			Name:   answerSchemaName,
			Schema: json.RawMessage(answerSchema),
			Strict: true,
		},
	}
}

// quotedClaim is one claim of a structured answer.
type quotedClaim struct {
	Text      string `json:"text"`
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Quote     string `json:"quote"`
}

// structuredAnswer is the whole structured answer.
type structuredAnswer struct {
	NotInArticles bool          `json:"not_in_articles"`
	Claims        []quotedClaim `json:"claims"`
}

// isJSONAnswer reports whether a reply (or its start) is a JSON object
// rather than inline text.
func isJSONAnswer(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), "{")
}

// parseStructured decodes a whole structured answer; ok is false when the
// text is not that JSON.
func parseStructured(s string) (structuredAnswer, bool) {
	var ans structuredAnswer
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		return structuredAnswer{}, false
	}
	return ans, true
}

// claimScanner picks complete claim objects out of a structured answer as
// it streams in. It scans each byte once: the text so far is passed again
// after every delta, and only what is new is read.
type claimScanner struct {
	pos      int  // bytes scanned
	inClaims bool // inside the "claims" array
	depth    int  // object depth inside the array
	inString bool
	escaped  bool
	start    int // where the current claim object began
}

// claimsKey opens the claims array.
const claimsKey = `"claims"`

// feed scans the text so far and returns the claims completed in it since
// the last call.
func (cs *claimScanner) feed(sofar string) []quotedClaim {
	var out []quotedClaim
	if !cs.inClaims {
		k := strings.Index(sofar, claimsKey)
		if k < 0 {
			return nil
		}
		b := strings.IndexByte(sofar[k+len(claimsKey):], '[')
		if b < 0 {
			return nil
		}
		cs.inClaims = true
		cs.pos = k + len(claimsKey) + b + 1
	}
	for ; cs.pos < len(sofar); cs.pos++ {
		c := sofar[cs.pos]
		if cs.inString {
			switch {
			case cs.escaped:
				cs.escaped = false
			case c == '\\':
				cs.escaped = true
			case c == '"':
				cs.inString = false
			}
			continue
		}
		switch c {
		case '"':
			cs.inString = true
		case '{':
			if cs.depth == 0 {
				cs.start = cs.pos
			}
			cs.depth++
		case '}':
			cs.depth--
			if cs.depth == 0 {
				var qc quotedClaim
				if json.Unmarshal([]byte(sofar[cs.start:cs.pos+1]), &qc) == nil {
					out = append(out, qc)
				}
			}
		}
	}
	return out
}

// structuredClaims decodes a structured answer; of one cut short (or
// otherwise not valid JSON), the claims complete in it.
func structuredClaims(s string) structuredAnswer {
	if ans, ok := parseStructured(s); ok {
		return ans
	}
	var cs claimScanner
	return structuredAnswer{Claims: cs.feed(s)}
}

// rejectsFormat reports whether err is a server's 400 refusing
// response_format: a model or server without structured output.
func rejectsFormat(err error) bool {
	status, _, msg, ok := apiStatus(err)
	if !ok || status != http.StatusBadRequest {
		return false
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.Param != nil && strings.HasPrefix(*apiErr.Param, "response_format") {
		return true
	}
	m := strings.ToLower(msg)
	return strings.Contains(m, "response_format") || strings.Contains(m, "json_schema") || strings.Contains(m, "structured output")
}
