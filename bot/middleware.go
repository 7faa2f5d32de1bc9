package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime/debug"
	"time"

	"github.com/footnote-bot/footnote"
)

// request is a question from any surface, on its way to the pipeline.
type request struct {
	surface string // "ask", "context-menu", "dm", "mention", "follow-up"
	userID  string
	guildID string
	q       footnote.Question
	// prefix is shown above the answer (e.g. the message the context menu
	// asked about).
	prefix string
	// progress, if set, shows a partial answer while it is written.
	progress func(text string)
}

// reply is what a handler returns and a surface sends.
type reply struct {
	msgs []outMessage
	// ex, if set, is remembered under the sent messages' IDs (follow-ups)
	// and its vote key (feedback buttons).
	ex      *exchange
	voteKey string
}

// handler turns a request into a reply. Middleware wraps handlers the way
// arikawa's cmdroute does: recovery, timeouts and the like stay out of the
// handlers themselves.
type handler func(ctx context.Context, req *request) (reply, error)

// errPanic is a recovered panic inside a handler.
type errPanic struct {
	value any
}

func (e *errPanic) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// withRecover turns a panic inside h into an error (discordgo has no
// recover of its own: a panic in a handler would end the process).
func (b *Bot) withRecover(h handler) handler {
	return func(ctx context.Context, req *request) (rep reply, err error) {
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("panic while answering", "surface", req.surface, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				rep, err = reply{}, &errPanic{value: r}
			}
		}()
		return h(ctx, req)
	}
}

// withTimeout bounds h by d.
func withTimeout(d time.Duration, h handler) handler {
	return func(ctx context.Context, req *request) (reply, error) {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return h(ctx, req)
	}
}

// errorText is what the user sees when answering failed.
func (b *Bot) errorText(err error) string {
	var in *inputError
	var rl *rateLimited
	var p *errPanic
	switch {
	case errors.As(err, &in):
		return in.msg
	case answerInputError(err, b.cfg.MaxQuestionLen) != nil:
		// The answerer refused the question as input (answer.Err*): say
		// what to fix, not "try again later".
		return answerInputError(err, b.cfg.MaxQuestionLen).msg
	case errors.As(err, &rl):
		return rl.message()
	case errors.As(err, &p):
		return "Something went wrong on my side while answering; it has been logged. Please try again."
	case errors.Is(err, context.DeadlineExceeded):
		return "That took too long and I gave up. Please try again, perhaps with a shorter question."
	case errors.Is(err, context.Canceled):
		return "I'm restarting and couldn't finish this answer. Please ask again in a minute."
	default:
		return "Sorry, I couldn't answer that right now. Please try again later."
	}
}

// rateLimited says a user or guild is asking too fast.
type rateLimited struct {
	wait time.Duration
}

func (e *rateLimited) Error() string { return "rate limited for " + e.wait.String() }

func (e *rateLimited) message() string {
	s := int(math.Ceil(e.wait.Seconds()))
	if s < 1 {
		s = 1
	}
	return fmt.Sprintf("You're asking faster than I can keep up. Please try again in %s.", plural(s, "second", "seconds"))
}

// admit validates a question and takes a rate-limit token for it. clip
// cuts over-long text instead of refusing it.
func (b *Bot) admit(userID, guildID, text string, clip bool) (string, error) {
	var q string
	var err error
	if clip {
		q, err = clipQuestion(text, b.cfg.MaxQuestionLen)
	} else {
		q, err = cleanQuestion(text, b.cfg.MaxQuestionLen)
	}
	if err != nil {
		return "", err
	}
	if wait, ok := b.limits.allow(userID, guildID, b.deps.Now()); !ok {
		return "", &rateLimited{wait: wait}
	}
	return q, nil
}
