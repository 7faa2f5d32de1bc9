package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/footnote-bot/footnote/prompts"
)

// reasoningModel reports models that take max_completion_tokens and a
// fixed temperature (go-openai rejects the others for them).
func reasoningModel(model string) bool {
	for _, p := range [...]string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// chatRequest builds the streamed completion request.
func (a *Answerer) chatRequest(msgs []prompts.Message, structured bool) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model:    a.cfg.ChatModel,
		Messages: make([]openai.ChatCompletionMessage, len(msgs)),
		Stream:   true,
	}
	if structured {
		req.ResponseFormat = responseFormat()
	}
	for i, m := range msgs {
		req.Messages[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	if reasoningModel(a.cfg.ChatModel) {
		req.MaxCompletionTokens = a.cfg.MaxTokens
		return req
	}
	// Ollama, llama.cpp and older vLLM read max_tokens, not its successor.
	//lint:ignore SA1019 max_tokens is what local OpenAI-compatible servers understand.
	req.MaxTokens = a.cfg.MaxTokens
	req.Temperature = a.cfg.Temperature
	if req.Temperature == 0 {
		// go-openai omits a zero temperature, and servers then use their
		// default (1.0 for OpenAI); send the smallest useful one instead.
		req.Temperature = 1e-6
	}
	return req
}

// stream runs one streamed completion under the per-call timeout and
// returns the whole text. onText receives the text so far after each
// delta. A stream that ends without a finish_reason is ErrIncomplete; one
// whose text outgrows maxAnswerBytes is abandoned with ErrTooLong.
func (a *Answerer) stream(ctx context.Context, msgs []prompts.Message, structured bool, onText func(string)) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, a.cfg.Timeout)
	defer cancel()
	// A server that accepts the call and says nothing is given up on
	// after FirstTokenTimeout, not the whole Timeout.
	ctx, stall := context.WithCancelCause(ctx)
	defer stall(nil)
	first := time.AfterFunc(a.cfg.FirstTokenTimeout, func() { stall(ErrNoFirstToken) })
	defer first.Stop()
	st, err := a.client.CreateChatCompletionStream(ctx, a.chatRequest(msgs, structured))
	if err != nil {
		return "", stalled(ctx, withCtx(ctx, fmt.Errorf("start chat completion: %w", classify(err, a.cfg.ChatModel, EnvChatModel))))
	}
	defer st.Close()
	limit := a.cfg.maxAnswerBytes()
	var (
		b      strings.Builder
		finish openai.FinishReason
	)
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return "", fmt.Errorf("%w: %w", ErrIncomplete, err)
		}
		if err != nil {
			return "", stalled(ctx, withCtx(ctx, fmt.Errorf("read chat completion stream: %w", err)))
		}
		grew := false
		for _, ch := range resp.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.Delta.Content != "" {
				if b.Len()+len(ch.Delta.Content) > limit {
					return "", ErrTooLong
				}
				b.WriteString(ch.Delta.Content)
				grew = true
				first.Stop()
			}
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
		if grew && onText != nil {
			onText(b.String())
		}
	}
	text := b.String()
	switch finish {
	case "":
		return "", ErrIncomplete
	case openai.FinishReasonContentFilter:
		return "", ErrFiltered
	case openai.FinishReasonLength:
		// Keep the complete sentences (or claim objects); the post-check
		// does the rest.
		if isJSONAnswer(text) {
			if len(structuredClaims(text).Claims) == 0 {
				return "", ErrTruncated
			}
		} else if text = completeClaims(text); strings.TrimSpace(text) == "" {
			return "", ErrTruncated
		}
	}
	return text, nil
}

// maxAnswerBytes caps the text of one streamed answer: a server that
// ignores max_tokens must not make the answer grow without bound. A token is
// about 4 bytes of English; 8 times that leaves room for any language.
func (c Config) maxAnswerBytes() int {
	return max(8*c.MaxTokens*4, 64<<10)
}

// stalled returns ErrNoFirstToken, wrapping err, when the call was ended
// for want of a first token.
func stalled(ctx context.Context, err error) error {
	if errors.Is(context.Cause(ctx), ErrNoFirstToken) {
		return fmt.Errorf("%w: %w", ErrNoFirstToken, err)
	}
	return err
}

// withCtx makes a context's end visible to errors.Is when a read failed
// because of it (the HTTP stack does not always wrap it).
func withCtx(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%w)", cerr, err)
	}
	return err
}
