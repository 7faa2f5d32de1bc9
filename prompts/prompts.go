// Package prompts holds Footnote's prompt templates as files (embedded with
// embed.FS and rendered with text/template) and turns a question, its
// retrieved paragraphs and the conversation so far into chat messages.
//
// The templates fence the paragraphs and the question between lines that
// carry a per-request nonce and tell the model that fenced text is untrusted
// data, so that an article or a question saying "ignore previous
// instructions" is read as content, not obeyed.
package prompts

import (
	"bytes"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/template"

	"github.com/footnote-bot/footnote"
)

// NoAnswer is the marker the model is told to reply with, alone, when the
// paragraphs don't answer the question.
const NoAnswer = "NOT_IN_ARTICLES"

// Roles of the chat messages, as the OpenAI chat API spells them.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

//go:embed templates/*.tmpl
var files embed.FS

// Message is one chat message.
type Message struct {
	Role    string
	Content string
}

// Passage is a paragraph as shown to the model: [LABEL ¶N] (Source) Text.
type Passage struct {
	// Label is the article's source label, written before the pilcrow in
	// the passage's marker ("[FP ¶7]"); empty for a bare "[¶7]".
	Label string
	N     int
	// Article is the article's ID, which a structured answer cites.
	Article string
	// Source names the article: its title, or its ID when it has none.
	Source string
	Text   string
}

// Marker is the passage's citation marker, as the model is to copy it:
// "[FP ¶7]", or "[¶7]" without a label.
func (p Passage) Marker() string { return footnote.Marker(p.Label, p.N) }

// Turn is an earlier exchange of the conversation.
type Turn struct {
	Question string
	Answer   string
}

// Request is everything a prompt is rendered from.
type Request struct {
	// Fence is the nonce that delimits untrusted data. It must be
	// unpredictable (see NewFence) so that fenced text cannot close its own
	// fence.
	Fence    string
	Passages []Passage
	Question string
	// History holds earlier turns, oldest first.
	History []Turn
	// Structured asks for the JSON answer (each claim with its article,
	// paragraph and quote) instead of claims followed by markers.
	Structured bool
}

// NewFence returns a fence nonce made of 12 bytes read from random (pass
// crypto/rand.Reader; tests pass a fixed reader).
func NewFence(random io.Reader) (string, error) {
	var b [12]byte
	if _, err := io.ReadFull(random, b[:]); err != nil {
		return "", fmt.Errorf("read fence nonce: %w", err)
	}
	return "DATA-" + hex.EncodeToString(b[:]), nil
}

// ErrFence is returned for a Request whose fence is missing or too short.
var ErrFence = errors.New("prompts: fence must be at least 8 characters")

// Templates are the parsed prompt templates.
type Templates struct {
	system, question, followup, verify *template.Template
}

// Load parses the embedded templates.
func Load() (*Templates, error) {
	parse := func(name string) (*template.Template, error) {
		t, err := template.New(name).Option("missingkey=error").ParseFS(files, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("parse prompt template %s: %w", name, err)
		}
		return t, nil
	}
	var (
		ts  Templates
		err error
	)
	if ts.system, err = parse("system.tmpl"); err != nil {
		return nil, err
	}
	if ts.question, err = parse("question.tmpl"); err != nil {
		return nil, err
	}
	if ts.followup, err = parse("followup.tmpl"); err != nil {
		return nil, err
	}
	if ts.verify, err = parse("verify.tmpl"); err != nil {
		return nil, err
	}
	return &ts, nil
}

// view is the data a template sees.
type view struct {
	Structured bool
	Fence      string
	NoAnswer   string
	Passages   []Passage
	Question   string
}

// Messages renders the conversation for r: the system prompt, the earlier
// turns (each earlier question fenced as untrusted, each earlier answer as
// the assistant's), then the fenced paragraphs and question.
func (t *Templates) Messages(r Request) ([]Message, error) {
	if len(r.Fence) < 8 {
		return nil, ErrFence
	}
	v := view{Fence: r.Fence, NoAnswer: NoAnswer, Structured: r.Structured}
	sys, err := render(t.system, v)
	if err != nil {
		return nil, err
	}
	msgs := make([]Message, 0, 2+2*len(r.History))
	msgs = append(msgs, Message{Role: RoleSystem, Content: sys})
	for _, h := range r.History {
		q, err := render(t.followup, view{Fence: r.Fence, NoAnswer: NoAnswer, Structured: r.Structured, Question: clean(h.Question, r.Fence)})
		if err != nil {
			return nil, err
		}
		msgs = append(msgs,
			Message{Role: RoleUser, Content: q},
			Message{Role: RoleAssistant, Content: strings.TrimSpace(h.Answer)})
	}
	v.Question = clean(r.Question, r.Fence)
	v.Passages = make([]Passage, len(r.Passages))
	for i, p := range r.Passages {
		v.Passages[i] = Passage{Label: oneLine(clean(p.Label, r.Fence)), N: p.N, Article: oneLine(clean(p.Article, r.Fence)), Source: oneLine(clean(p.Source, r.Fence)), Text: oneLine(clean(p.Text, r.Fence))}
	}
	user, err := render(t.question, v)
	if err != nil {
		return nil, err
	}
	return append(msgs, Message{Role: RoleUser, Content: user}), nil
}

// VerifyRequest is a claim and the quotation it was checked against, for
// a second opinion on whether the quotation supports the claim.
type VerifyRequest struct {
	// Fence is the nonce that delimits untrusted data (see NewFence).
	Fence string
	Claim string
	Quote string
}

// VerifyMessages renders the one user message that asks whether
// r.Quote supports r.Claim; both are fenced as untrusted data.
func (t *Templates) VerifyMessages(r VerifyRequest) ([]Message, error) {
	if len(r.Fence) < 8 {
		return nil, ErrFence
	}
	var b bytes.Buffer
	v := struct{ Fence, Claim, Quote string }{r.Fence, oneLine(clean(r.Claim, r.Fence)), oneLine(clean(r.Quote, r.Fence))}
	if err := t.verify.Execute(&b, v); err != nil {
		return nil, fmt.Errorf("render prompt %s: %w", t.verify.Name(), err)
	}
	return []Message{{Role: RoleUser, Content: strings.TrimRight(b.String(), "\n")}}, nil
}

func render(t *template.Template, v view) (string, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, v); err != nil {
		return "", fmt.Errorf("render prompt %s: %w", t.Name(), err)
	}
	return strings.TrimRight(b.String(), "\n"), nil
}

// clean removes the fence nonce from untrusted text, so that the text cannot
// close its fence even if it guessed the nonce, and trims it.
func clean(s, fence string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, fence, ""))
}

// oneLine folds a paragraph onto one line so that each passage is one line
// of the prompt.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
