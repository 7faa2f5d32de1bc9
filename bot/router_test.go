package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// reply waits for the reply to an interaction, sent at once or as the edit
// of a deferred response, and returns its text and whether only its user
// sees it.
func (h *harness) reply(in fakediscord.Interaction) (text string, private bool) {
	h.t.Helper()
	typ, data := h.callback(in)
	private = flagsOf(data)&64 != 0
	if typ == 4 {
		return contentOf(data), private
	}
	return contentOf(h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).JSON()), private
}

// askStillAnswered checks that the bot still answers a question.
func (h *harness) askStillAnswered() {
	h.t.Helper()
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	if got := contentOf(h.final(in)); !strings.Contains(got, "[¶1]") {
		h.t.Fatalf("the bot stopped answering: %q", got)
	}
}

// panicOnce panics the first time it is called.
func panicOnce(msg string) func(context.Context) {
	var calls atomic.Int32
	return func(context.Context) {
		if calls.Add(1) == 1 {
			panic(msg)
		}
	}
}

func TestPanicOnAnyRouteIsReportedAndBotKeepsServing(t *testing.T) {
	voteID := "fn:vote:up:0123456789abcdef"
	for _, tc := range []struct {
		name, key string
		send      func(h *harness) fakediscord.Interaction
		wantNext  string
	}{
		{"sources", "sources", func(h *harness) fakediscord.Interaction { return h.slash(inGuild, alice, "sources") }, "I answer from 1 article"},
		{"vote", "fn:vote:up:", func(h *harness) fakediscord.Interaction {
			in, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), voteID)
			if err != nil {
				h.t.Fatal(err)
			}
			return in
		}, "Thanks, I've noted your 👍"},
		{"reindex", "reindex", func(h *harness) fakediscord.Interaction { return h.slash(asMod, alice, "reindex") }, "Indexed 1 article, 13 paragraphs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, setup{deps: bot.Deps{Reindexer: &reindexer{}}, prepare: func(b *bot.Bot) {
				bot.HookRoute(b, tc.key, panicOnce("handler exploded"))
			}})
			in := tc.send(h)
			text, private := h.reply(in)
			if !strings.Contains(text, "Something went wrong") || !private {
				t.Errorf("after a panic the user sees %q (private %t), want a private apology", text, private)
			}
			// The same route serves the next interaction.
			if text, _ := h.reply(tc.send(h)); !strings.Contains(text, tc.wantNext) {
				t.Errorf("next %s after the panic: %q, want %q", tc.name, text, tc.wantNext)
			}
			h.askStillAnswered()
			logs := h.logs.String()
			var panicLine string
			for _, line := range strings.Split(logs, "\n") {
				if strings.Contains(line, "panic in handler") {
					panicLine = line
				}
			}
			if !strings.Contains(panicLine, "handler exploded") || !strings.Contains(panicLine, tc.key) {
				t.Errorf("panic not logged with its route %q: %q", tc.key, panicLine)
			}
			if strings.Contains(logs, in.Token) {
				t.Error("the interaction token is in the logs")
			}
		})
	}
}

func TestSourcesThatBlockTimeOutWithAMessage(t *testing.T) {
	release := make(chan struct{})
	lib := blockingLibrary{library: library{arts: []footnote.Article{article()}}, release: release}
	h := newHarness(t, setup{deps: bot.Deps{Library: lib}, prepare: func(b *bot.Bot) {
		bot.SetRouteTimeout(b, "sources", 50*time.Millisecond)
	}})
	text, private := h.reply(h.slash(inGuild, alice, "sources"))
	if !strings.Contains(text, "took too long") || !private {
		t.Errorf("a /sources past its deadline got %q (private %t), want a private note that it took too long", text, private)
	}
	if err := h.logs.waitFor(h.ctx(), "outcome=timeout"); err != nil {
		t.Error(err)
	}
	close(release)
	h.askStillAnswered()
}

func TestReindexThatBlocksIsStoppedWithAMessage(t *testing.T) {
	ri := &reindexer{gate: make(chan struct{}), stopped: make(chan error, 1)} // never let go
	h := newHarness(t, setup{deps: bot.Deps{Reindexer: ri}, prepare: func(b *bot.Bot) {
		bot.SetRouteTimeout(b, "reindex", 50*time.Millisecond)
	}})
	text, private := h.reply(h.slash(asMod, alice, "reindex"))
	if !strings.Contains(text, "took too long") || !strings.Contains(text, "previous index is still in use") || !private {
		t.Errorf("a /reindex past its deadline got %q (private %t)", text, private)
	}
	select {
	case err := <-ri.stopped:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("the reindex was stopped by %v, want its deadline", err)
		}
	case <-h.ctx().Done():
		t.Fatal("the reindex was left running past its deadline")
	}
	h.askStillAnswered()
}

func TestUnknownCommandAndCustomIDGetAReply(t *testing.T) {
	h := newHarness(t, setup{})
	text, private := h.reply(h.slash(inGuild, alice, "frobnicate"))
	if !strings.Contains(text, "don't know that command") || !private {
		t.Errorf("unknown command got %q (private %t)", text, private)
	}
	in, err := h.fake.ButtonClick(inGuild, alice, h.fake.NewID(), "someone-else:button")
	if err != nil {
		t.Fatal(err)
	}
	text, private = h.reply(in)
	if !strings.Contains(text, "no longer does anything") || !private {
		t.Errorf("unknown custom ID got %q (private %t)", text, private)
	}
	for _, want := range []string{"unknown command", "frobnicate", "unknown custom ID", "someone-else:button"} {
		if !strings.Contains(h.logs.String(), want) {
			t.Errorf("logs lack %q", want)
		}
	}
	h.askStillAnswered()
}

// TestSlowReplyIsDeferredThenEdited: a route that has not replied in time
// is acknowledged for it, and its reply then edits the acknowledgement.
func TestSlowReplyIsDeferredThenEdited(t *testing.T) {
	var fake *fakediscord.Server
	h := newHarness(t, setup{
		beforeRun: func(f *fakediscord.Server) { fake = f },
		prepare: func(b *bot.Bot) {
			bot.SetDeferAfter(b, time.Millisecond)
			bot.HookRoute(b, "sources", func(ctx context.Context) {
				// Reply only once the acknowledgement is out.
				_, _ = fake.WaitRoute(ctx, "POST", "/interactions/*/*/callback", 1)
			})
		},
	})
	in := h.slash(inGuild, alice, "sources")
	typ, data := h.callback(in)
	if typ != 5 || flagsOf(data) != 0 {
		t.Fatalf("slow /sources: first response type %d flags %d, want a public deferral (5)", typ, flagsOf(data))
	}
	edit := h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).JSON()
	if !strings.Contains(contentOf(edit), "I answer from 1 article") || !strings.Contains(embedsText(edit), "Trump Boycotts") {
		t.Errorf("edited reply = %q / %q", contentOf(edit), embedsText(edit))
	}
	if err := h.logs.waitFor(h.ctx(), "route=sources interaction="+in.ID); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(h.logs.String(), "\n") {
		if strings.Contains(line, "msg=handled") && strings.Contains(line, "interaction="+in.ID) &&
			(!strings.Contains(line, "outcome=ok") || !strings.Contains(line, "took=")) {
			t.Errorf("log line lacks the outcome or duration: %s", line)
		}
	}
}

// TestEveryRegisteredCommandHasARoute fails when a command is added to the
// registration without a route.
func TestEveryRegisteredCommandHasARoute(t *testing.T) {
	h := newHarness(t, setup{noWait: true, deps: bot.Deps{Reindexer: &reindexer{}}})
	r := h.wait("PUT", "/applications/*/guilds/"+guildID+"/commands", 1)
	var cmds []struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	if len(cmds) < 4 {
		t.Fatalf("registered %d commands, want at least 4", len(cmds))
	}
	for _, c := range cmds {
		if !bot.CommandRouted(h.bot, c.Name) {
			t.Errorf("command %q is registered but has no route", c.Name)
		}
	}
}
