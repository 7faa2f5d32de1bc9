package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/footnote-bot/footnote/prompts"
)

// A second opinion (Config.Verify = VerifyModel): a claim of a structured
// answer that the deterministic check can't decide — its quote was found
// in the cited paragraph and nothing in it contradicts the sentences
// found (names, numbers, dates, negation, verbs), but too few of its
// words are there to say it holds (see verdict) — is put to the model in
// a separate short call: does this quotation support this claim? The
// reply is the JSON {"supported": bool} (response_format json_schema
// footnote_verdict, strict). A yes keeps the claim, with the paragraph's
// sentences as its quote; a no, an error, a reply that isn't that JSON or
// the end of the time allowed leaves it removed.

// The settings of Config.Verify.
const (
	// VerifyOff asks for no second opinion (the default).
	VerifyOff = "off"
	// VerifyModel asks the model about each undecided claim.
	VerifyModel = "model"
)

// EnvVerify is the variable that sets Config.Verify.
const EnvVerify = "FOOTNOTE_VERIFY"

// Bounds of the second opinion.
const (
	// verifyTimeout bounds all the second-opinion calls of one answer,
	// after the answer itself: longer keeps more claims from a slow
	// server, shorter answers sooner (the claims not judged in time
	// stay removed).
	verifyTimeout = 10 * time.Second
	// maxVerifyCalls bounds the second-opinion calls of one answer: more
	// keeps more claims of a long answer, each at the cost of a call.
	maxVerifyCalls = 6
	// verdictMaxTokens bounds a verdict's length: {"supported": false} is
	// about 6 tokens; a reasoning model gets Config.MaxTokens instead.
	verdictMaxTokens = 16
)

// verdictSchemaName is the json_schema name of the second opinion.
const verdictSchemaName = "footnote_verdict"

// verdictSchema is the JSON schema of the second opinion, following
// strict mode's rules.
const verdictSchema = `{
  "type": "object",
  "properties": {
    "supported": {"type": "boolean", "description": "true only if the quotation says what the claim says"}
  },
  "required": ["supported"],
  "additionalProperties": false
}`

// opinionKey identifies an undecided claim with the sentences it would be
// shown with.
func opinionKey(qc quotedClaim, sup support) string {
	return qc.Text + "\x00" + sup.src.p.Doc + "\x00" + sup.quote
}

// secondOpinion asks the model about each undecided claim of a structured
// answer (at most maxVerifyCalls, within verifyTimeout), records those it
// finds supported in ev.approved, and returns how many calls it made.
func (a *Answerer) secondOpinion(ctx context.Context, claims []quotedClaim, ev *evidence) int {
	// A verdict is a few tokens: a server that hasn't sent it within the
	// first-token timeout is stalled.
	ctx, cancel := context.WithTimeout(ctx, min(verifyTimeout, a.cfg.Timeout, a.cfg.FirstTokenTimeout))
	defer cancel()
	known := ev.foreignKnownAll(claims)
	ante := antecedents{ev: ev, known: known}
	calls := 0
	for _, qc := range claims {
		if strings.TrimSpace(qc.Text) == "" {
			continue
		}
		qc.Text = ev.withoutUnsupportedReason(qc, known)
		judged := ante.resolve(qc)
		j := ev.judgeQuoted(judged, known)
		if len(j.sup) > 0 || j.undecided == nil {
			continue
		}
		key := opinionKey(judged, *j.undecided)
		if _, asked := ev.approved[key]; asked {
			continue
		}
		if calls == maxVerifyCalls {
			a.log.Info("second opinion: call limit reached; the other undecided claims stay removed", "limit", maxVerifyCalls)
			break
		}
		calls++
		ok, err := a.askSupported(ctx, qc.Text, j.undecided.quote)
		if err != nil {
			a.log.Warn("second opinion failed; the undecided claims stay removed", "error", redact(err, a.cfg.APIKey))
			break
		}
		if ev.approved == nil {
			ev.approved = map[string]bool{}
		}
		ev.approved[key] = ok
	}
	return calls
}

// askSupported asks the model, in one short call, whether quote supports
// claim.
func (a *Answerer) askSupported(ctx context.Context, claim, quote string) (bool, error) {
	fence, err := prompts.NewFence(a.entropy)
	if err != nil {
		return false, err
	}
	msgs, err := a.templates.VerifyMessages(prompts.VerifyRequest{Fence: fence, Claim: claim, Quote: quote})
	if err != nil {
		return false, fmt.Errorf("render second-opinion prompt: %w", err)
	}
	req := a.chatRequest(msgs, false)
	req.Stream = false
	req.ResponseFormat = &openai.ChatCompletionResponseFormat{
		Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
		JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
			Name:   verdictSchemaName,
			Schema: json.RawMessage(verdictSchema),
			Strict: true,
		},
	}
	if req.MaxCompletionTokens == 0 {
		//lint:ignore SA1019 max_tokens is what local OpenAI-compatible servers understand.
		req.MaxTokens = verdictMaxTokens
	}
	resp, err := a.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return false, withCtx(ctx, fmt.Errorf("second opinion: %w", classify(err, a.cfg.ChatModel, EnvChatModel)))
	}
	if len(resp.Choices) == 0 {
		return false, fmt.Errorf("second opinion: %w", ErrIncomplete)
	}
	var v struct {
		Supported *bool `json:"supported"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(resp.Choices[0].Message.Content)), &v); err != nil || v.Supported == nil {
		// Not the verdict asked for: no.
		return false, nil
	}
	return *v.Supported, nil
}
