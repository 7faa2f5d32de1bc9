package bot_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

func TestRateLimitedCallbackIsRetried(t *testing.T) {
	h := newHarness(t, setup{})
	h.fake.FailNext("POST", "/interactions/*/*/callback", 1, 0.05)
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	if !strings.Contains(contentOf(h.final(in)), "[¶1]") {
		t.Fatal("no answer after the 429")
	}
	calls := h.fake.RequestsTo("POST", in.CallbackRoute())
	if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status != 204 {
		var st []int
		for _, c := range calls {
			st = append(st, c.Status)
		}
		t.Fatalf("callback statuses = %v, want [429 204]", st)
	}
	if string(calls[0].Body) != string(calls[1].Body) {
		t.Errorf("retry sent a different body:\n%s\n%s", calls[0].Body, calls[1].Body)
	}
}

func TestPanicInPipelineIsReportedAndBotKeepsServing(t *testing.T) {
	ans := &scripted{panicOn: "explode"}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
	in := h.slash(inGuild, alice, "ask", ask("please explode"))
	if got := contentOf(h.privateReply(in)); !strings.Contains(got, "Something went wrong") {
		t.Errorf("after a panic the user sees %q", got)
	}
	// In a DM too: the message path recovers as well.
	if _, err := h.fake.SendMessage(inDM, alice, "explode again", nil, ""); err != nil {
		t.Fatal(err)
	}
	if got := contentOf(h.waitOK("POST", "/channels/"+dmChannel+"/messages").JSON()); !strings.Contains(got, "Something went wrong") {
		t.Errorf("DM after a panic: %q", got)
	}
	// Still alive.
	in2 := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	if !strings.Contains(contentOf(h.final(in2)), "[¶1]") {
		t.Fatal("bot stopped answering after a panic")
	}
	if !strings.Contains(h.logs.String(), "answerer exploded on please explode") {
		t.Errorf("panic not logged:\n%s", h.logs)
	}
}

// TestAllowedMentionsOnEveryMessage drives every surface with hostile text
// and checks every message the bot sent or edited on the wire.
func TestAllowedMentionsOnEveryMessage(t *testing.T) {
	hostile := func(footnote.Question) string {
		return "@everyone @here <@123456> <@&654321> were told [¶1]."
	}
	ans := &scripted{text: hostile}
	ri := &reindexer{}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans, Reindexer: ri}})
	me := h.fake.BotUser()

	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	final := h.final(in)
	immediate := []fakediscord.Interaction{ // answered at once, with a message
		h.slash(inGuild, alice, "sources"),
		h.slash(inGuild, alice, "reindex"),         // refused: not a moderator
		h.slash(inGuild, alice, "ask", ask("   ")), // invalid input
	}
	mod := h.slash(asMod, alice, "reindex")
	if _, err := h.fake.SendMessage(inDM, alice, "who was told?", nil, ""); err != nil {
		t.Fatal(err)
	}
	mention, err := h.fake.SendMessage(inGuild, bob, "<@"+me.ID+"> who was told?", []fakediscord.User{me}, "")
	if err != nil {
		t.Fatal(err)
	}
	answerID := h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).ResponseJSON()["id"].(string)
	vote, err := h.fake.ButtonClick(inGuild, bob, answerID, customIDs(final)[0])
	if err != nil {
		t.Fatal(err)
	}
	h.wait("POST", vote.CallbackRoute(), 1)
	for _, in := range immediate { // events are handled concurrently: wait for every reply
		h.wait("POST", in.CallbackRoute(), 1)
	}
	h.wait("PATCH", mod.OriginalRoute(h.fake.AppID()), 1)
	h.wait("POST", "/channels/"+dmChannel+"/messages", 1)
	h.wait("POST", "/channels/"+mention+"/messages", 1) // in the thread started on the mention

	if got := contentOf(final); strings.Contains(got, "@everyone") || strings.Contains(got, "<@123456>") || strings.Contains(got, "<@&654321>") {
		t.Errorf("mentions not defused in content: %q", got)
	}
	checked := 0
	for _, r := range h.fake.Requests() {
		route := r.Route()
		sends := (r.Method == "POST" && (strings.HasSuffix(route, "/callback") || strings.HasSuffix(route, "/messages") || strings.HasPrefix(route, "/webhooks/"))) ||
			(r.Method == "PATCH" && strings.HasPrefix(route, "/webhooks/"))
		if !sends {
			continue
		}
		checked++
		// Decode raw JSON: the point is what is on the wire, not what a
		// Go struct would make of it.
		var body struct {
			Data *struct {
				AllowedMentions json.RawMessage `json:"allowed_mentions"`
			} `json:"data"`
			AllowedMentions json.RawMessage `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatalf("%s %s: %v", r.Method, route, err)
		}
		am := body.AllowedMentions
		if body.Data != nil {
			am = body.Data.AllowedMentions
		}
		var parsed struct {
			Parse       *[]string `json:"parse"`
			RepliedUser bool      `json:"replied_user"`
		}
		if len(am) == 0 || json.Unmarshal(am, &parsed) != nil || parsed.Parse == nil || len(*parsed.Parse) != 0 || parsed.RepliedUser {
			t.Errorf("%s %s: allowed_mentions = %s, want {\"parse\":[]} with no reply ping", r.Method, route, am)
		}
	}
	if checked < 10 {
		t.Errorf("checked only %d outgoing messages", checked)
	}
}

func TestInvalidTokenStopsWithClearError(t *testing.T) {
	t.Run("rejected at start", func(t *testing.T) {
		fake := fakediscord.Start(fakediscord.Options{Token: "right"})
		defer fake.Close()
		cfg := bot.Defaults()
		cfg.Token, cfg.APIBase = "wrong", fake.URL
		logs := newLogBuffer()
		b, err := bot.New(cfg, bot.Deps{Answerer: &scripted{}, Library: library{}, Logger: logs.logger()})
		if err != nil {
			t.Fatal(err)
		}
		err = b.Run(context.Background())
		if !errors.Is(err, bot.ErrInvalidToken) {
			t.Fatalf("Run = %v, want ErrInvalidToken", err)
		}
		if !strings.Contains(err.Error(), "DISCORD_TOKEN") {
			t.Errorf("error does not say what to fix: %v", err)
		}
		if strings.Contains(logs.String(), "wrong") {
			t.Errorf("token in logs:\n%s", logs)
		}
		if fake.Connected() != 0 {
			t.Error("opened the gateway with a rejected token")
		}
	})
	t.Run("revoked while running (gateway 4004)", func(t *testing.T) {
		h := newHarness(t, setup{})
		h.fake.RevokeToken()
		h.fake.CloseGateway(4000, "Unknown error.")
		select {
		case err := <-h.errc:
			if !errors.Is(err, bot.ErrInvalidToken) {
				t.Fatalf("Run = %v, want ErrInvalidToken", err)
			}
			h.errc <- err // for the cleanup
		case <-h.ctx().Done():
			t.Fatal("bot kept reconnecting with a revoked token")
		}
	})
}

func TestGatewayReconnectsAfterDrop(t *testing.T) {
	h := newHarness(t, setup{})
	h.fake.CloseGateway(4000, "Unknown error.")
	if err := h.logs.waitFor(h.ctx(), "gateway reconnected"); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.WaitReady(h.ctx()); err != nil {
		t.Fatal(err)
	}
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	if !strings.Contains(contentOf(h.final(in)), "[¶1]") {
		t.Fatal("no answer after reconnecting")
	}
}

// TestCancelWhileConnectingLeavesNoGateway: a shutdown that comes while the
// gateway is still connecting must not leave a websocket (and its
// heartbeat) open once the connection completes.
func TestCancelWhileConnectingLeavesNoGateway(t *testing.T) {
	for _, tc := range []struct {
		name       string
		eventFirst bool
	}{
		{"while Open waits for READY", false},
		{"while the bot waits for READY after Open returned", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var release func()
			h := newHarness(t, setup{noWait: true, beforeRun: func(f *fakediscord.Server) {
				release = f.HoldReady(tc.eventFirst)
				t.Cleanup(release)
			}})
			if err := h.fake.WaitIdentified(h.ctx(), 1); err != nil {
				t.Fatal(err)
			}
			h.cancel()
			select {
			case err := <-h.errc:
				if err != nil {
					t.Fatalf("Run = %v, want nil on cancel", err)
				}
				h.errc <- nil
			case <-h.ctx().Done():
				t.Fatal("Run did not return on cancel")
			}
			release() // the gateway answers now: READY is sent
			if err := h.fake.WaitDisconnected(h.ctx()); err != nil {
				t.Fatalf("gateway left open after Run returned: %v", err)
			}
		})
	}
}

// TestShutdownWhileReconnectingReturns: a shutdown while a reconnection
// waits on a gateway that does not answer must not hang (discordgo's Close
// waits for Open), and the connection is closed if it completes later.
func TestShutdownWhileReconnectingReturns(t *testing.T) {
	h := newHarness(t, setup{})
	release := h.fake.HoldReady(false)
	t.Cleanup(release)
	h.fake.CloseGateway(4000, "Unknown error.")
	if err := h.fake.WaitResumed(h.ctx(), 1); err != nil {
		t.Fatal(err)
	}
	h.cancel()
	select {
	case err := <-h.errc:
		if err != nil {
			t.Fatalf("Run = %v, want nil", err)
		}
		h.errc <- nil
	case <-h.ctx().Done():
		t.Fatal("Run hung on shutdown while the gateway was reconnecting")
	}
	release()
	if err := h.fake.WaitDisconnected(h.ctx()); err != nil {
		t.Fatalf("gateway left open: %v", err)
	}
}

func TestShutdownFinishesInFlightAndRefusesNew(t *testing.T) {
	ans := &scripted{block: make(chan struct{})}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	h.callback(in)
	h.cancel()
	if err := h.logs.waitFor(h.ctx(), "shutting down"); err != nil {
		t.Fatal(err)
	}
	// A question arriving now is told to come back, not left unanswered.
	late := h.slash(inGuild, bob, "ask", ask("Anyone there?"))
	typ, data := h.callback(late)
	if typ != 4 || !strings.Contains(contentOf(data), "restarting") || flagsOf(data) != 64 {
		t.Errorf("late question got type %d %q", typ, contentOf(data))
	}
	select {
	case err := <-h.errc:
		t.Fatalf("Run returned (%v) with a question in flight", err)
	default:
	}
	close(ans.block)
	if !strings.Contains(contentOf(h.final(in)), "[¶1]") {
		t.Fatal("in-flight question not answered during shutdown")
	}
	select {
	case err := <-h.errc:
		if err != nil {
			t.Fatalf("Run = %v, want nil after shutdown", err)
		}
		h.errc <- nil
	case <-h.ctx().Done():
		t.Fatal("Run did not return")
	}
	if err := h.fake.WaitDisconnected(h.ctx()); err != nil {
		t.Fatal(err)
	}
	if n := len(ans.questions()); n != 1 {
		t.Errorf("answerer got %d questions, want 1 (the late one refused)", n)
	}
}

// TestShutdownDuringCommandRegistrationFinishesInFlight: questions can
// arrive as soon as the gateway is up, while the commands are still being
// registered; a shutdown then must still let them finish.
func TestShutdownDuringCommandRegistrationFinishesInFlight(t *testing.T) {
	const route = "/applications/*/guilds/" + guildID + "/commands"
	ans := &scripted{block: make(chan struct{})}
	h := newHarness(t, setup{noWait: true, deps: bot.Deps{Answerer: ans}, beforeRun: func(f *fakediscord.Server) {
		t.Cleanup(f.HoldResponses("PUT", route))
	}})
	h.wait("PUT", route, 1) // registration under way, its answer held back
	if err := h.fake.WaitReady(h.ctx()); err != nil {
		t.Fatal(err)
	}
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	h.callback(in)
	h.cancel()
	if err := h.logs.waitFor(h.ctx(), "shutting down"); err != nil {
		t.Fatal(err)
	}
	close(ans.block)
	if got := contentOf(h.final(in)); !strings.Contains(got, "[¶1]") {
		t.Fatalf("in-flight question got %q", got)
	}
	select {
	case err := <-h.errc:
		if err != nil {
			t.Fatalf("Run = %v, want nil after shutdown", err)
		}
		h.errc <- nil
	case <-h.ctx().Done():
		t.Fatal("Run did not return")
	}
	if err := h.fake.WaitDisconnected(h.ctx()); err != nil {
		t.Fatal(err)
	}
}

func TestShutdownGraceCancelsStuckQuestions(t *testing.T) {
	ans := &scripted{block: make(chan struct{})} // never released
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}, cfg: func(c *bot.Config) { c.ShutdownGrace = time.Millisecond }})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	h.callback(in)
	h.cancel()
	if got := contentOf(h.privateReply(in)); !strings.Contains(got, "restarting") {
		t.Errorf("stuck question got %q, want an apology", got)
	}
	select {
	case err := <-h.errc:
		if err != nil {
			t.Fatalf("Run = %v", err)
		}
		h.errc <- nil
	case <-h.ctx().Done():
		t.Fatal("Run did not return after the grace period")
	}
}

func TestFeedbackVotesAreAppendedWithoutNames(t *testing.T) {
	h := newHarness(t, setup{})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	final := h.final(in)
	answerID := h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).ResponseJSON()["id"].(string)
	ids := customIDs(final)
	for i, voter := range []fakediscord.User{bob, alice} {
		v, err := h.fake.ButtonClick(inGuild, voter, answerID, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		typ, data := h.callback(v)
		if typ != 4 || flagsOf(data) != 64 || !strings.Contains(contentOf(data), "Thanks") {
			t.Errorf("vote reply: type %d flags %d %q", typ, flagsOf(data), contentOf(data))
		}
	}
	// bob changes his mind, and clicks again: only his first vote counts.
	for _, id := range []string{ids[1], ids[0]} {
		v, err := h.fake.ButtonClick(inGuild, bob, answerID, id)
		if err != nil {
			t.Fatal(err)
		}
		if typ, data := h.callback(v); typ != 4 || flagsOf(data) != 64 || !strings.Contains(contentOf(data), "already voted") {
			t.Errorf("repeated vote reply: type %d flags %d %q", typ, flagsOf(data), contentOf(data))
		}
	}
	f, err := os.Open(h.cfg.FeedbackPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("feedback file mode = %v (%v), want it readable by its owner only: it records private questions", fi.Mode().Perm(), err)
	}
	raw, _ := os.ReadFile(h.cfg.FeedbackPath)
	for _, secret := range []string{"alice", "bob", alice.ID, bob.ID} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("feedback file contains %q:\n%s", secret, raw)
		}
	}
	var votes []bot.Vote
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v bot.Vote
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("bad line %q: %v", sc.Text(), err)
		}
		votes = append(votes, v)
	}
	if len(votes) != 2 {
		t.Fatalf("got %d votes, want 2", len(votes))
	}
	if votes[0].Vote != "up" || votes[1].Vote != "down" {
		t.Errorf("votes = %s, %s", votes[0].Vote, votes[1].Vote)
	}
	for _, v := range votes {
		if v.Question != "Who backed the pullout?" || !strings.Contains(v.Answer, "[¶1]") || len(v.Citations) != 2 || v.User == "" || v.Partial {
			t.Errorf("vote = %+v", v)
		}
	}
	if votes[0].User == votes[1].User {
		t.Error("two voters share a hash")
	}
}

func TestRateLimits(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	h := newHarness(t, setup{
		deps: bot.Deps{Now: func() time.Time { return now }},
		cfg:  func(c *bot.Config) { c.UserRate, c.UserBurst, c.GuildRate, c.GuildBurst = 1, 1, 2, 2 },
	})
	first := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	if typ, _ := h.callback(first); typ != 5 {
		t.Fatalf("first question: type %d", typ)
	}
	second := h.slash(inGuild, alice, "ask", ask("And who else?"))
	typ, data := h.callback(second)
	if typ != 4 || flagsOf(data) != 64 || !strings.Contains(contentOf(data), fmt.Sprintf("ask again <t:%d:R>", now.Unix()+60)) {
		t.Errorf("second question by the same user: type %d flags %d %q", typ, flagsOf(data), contentOf(data))
	}
	// Another user in the same guild still gets through, then the guild's
	// burst of 2 is spent.
	if typ, _ := h.callback(h.slash(inGuild, bob, "ask", ask("Where was it?"))); typ != 5 {
		t.Errorf("other user: type %d, want deferred", typ)
	}
	carol := fakediscord.User{ID: "700000000000000003", Name: "carol"}
	if typ, data := h.callback(h.slash(inGuild, carol, "ask", ask("When?"))); typ != 4 || !strings.Contains(contentOf(data), "ask again <t:") {
		t.Errorf("guild over its burst: type %d %q", typ, contentOf(data))
	}
}

func TestBadInputGetsClearReply(t *testing.T) {
	for _, tc := range []struct {
		name, q, want string
	}{
		{"empty", "   ", "Ask me a question"},
		{"punctuation only", "?!?", "Ask me a question"},
		{"binary", "\x00\x01\x02", "doesn't look like text"},
		{"too long", strings.Repeat("why ", 200), "please keep it under 500"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans := &scripted{}
			h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
			typ, data := h.callback(h.slash(inGuild, alice, "ask", ask(tc.q)))
			if typ != 4 || flagsOf(data) != 64 || !strings.Contains(contentOf(data), tc.want) {
				t.Errorf("type %d flags %d %q, want an ephemeral %q", typ, flagsOf(data), contentOf(data), tc.want)
			}
			if n := len(ans.questions()); n != 0 {
				t.Errorf("answerer asked %d times", n)
			}
		})
	}
}

// TestAnswererInputErrorsGetClearReply: when the answerer itself refuses
// the question as input (answer.Err*), the user is told what to fix rather
// than to try again later.
func TestAnswererInputErrorsGetClearReply(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"too long", footnote.ErrQuestionTooLong, "please keep it under 500 characters"},
		{"empty", footnote.ErrEmptyQuestion, "Ask me a question"},
		{"binary", footnote.ErrBinaryQuestion, "doesn't look like text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans := &scripted{fail: fmt.Errorf("llm answerer: %w", tc.err)}
			h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
			in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
			if got := contentOf(h.privateReply(in)); !strings.Contains(got, tc.want) || strings.Contains(got, "try again later") {
				t.Errorf("reply = %q, want one containing %q", got, tc.want)
			}
		})
	}
}

// TestContextMenuTargetIsClippedToWhatTheAnswererAccepts: the target of
// "Ask Footnote" is someone else's message, so its length and stray control
// characters are repaired, not refused, and the answerer (which enforces
// footnote.MaxQuestionRunes and refuses control characters) accepts it.
func TestContextMenuTargetIsClippedToWhatTheAnswererAccepts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		maxLen int
	}{
		{"default limit", 500},
		{"the answerer's limit", footnote.MaxQuestionRunes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans := &scripted{validate: true}
			h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}, cfg: func(c *bot.Config) { c.MaxQuestionLen = tc.maxLen }})
			target := "Did Stephen Miller\x07 push for it?\x1b[0m " + strings.Repeat("Why did the White House leave the talks? ", 60) + "\ufffd end"
			in, err := h.fake.MessageCommand(inGuild, alice, "Ask Footnote", bob, target)
			if err != nil {
				t.Fatal(err)
			}
			if got := contentOf(h.final(in)); !strings.Contains(got, "[¶3]") {
				t.Fatalf("context-menu answer = %q", got)
			}
			got := ans.questions()
			if len(got) != 1 {
				t.Fatalf("answerer got %d questions", len(got))
			}
			q := got[0].Text
			if n := utf8.RuneCountInString(q); n > tc.maxLen || n < tc.maxLen/2 {
				t.Errorf("question has %d characters, want it clipped to at most %d", n, tc.maxLen)
			}
			if !strings.HasPrefix(q, "Did Stephen Miller push for it? [0m Why did") || !strings.HasSuffix(q, "…") {
				t.Errorf("question = %q", q)
			}
		})
	}
}

func TestStreamingEditsThenFinalAnswer(t *testing.T) {
	var h *harness
	var in fakediscord.Interaction
	ready := make(chan struct{})
	ans := &streaming{}
	ans.waitShown = func() {
		<-ready
		h.wait("PATCH", in.OriginalRoute(h.fake.AppID()), 1)
	}
	h = newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
	in = h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	close(ready)
	final := h.final(in)
	edits := h.fake.RequestsTo("PATCH", in.OriginalRoute(h.fake.AppID()))
	if len(edits) < 2 {
		t.Fatalf("want a partial edit before the final one, got %d edits", len(edits))
	}
	if got := contentOf(edits[0].JSON()); got != "Trump decided …" {
		t.Errorf("first partial edit = %q", got)
	}
	if !strings.Contains(contentOf(final), "[¶3]") || strings.HasSuffix(contentOf(final), "…") {
		t.Errorf("final = %q", contentOf(final))
	}
	if last := edits[len(edits)-1]; contentOf(last.JSON()) != contentOf(final) {
		t.Error("a partial edit came after the final answer")
	}
}

func TestLongAnswerIsSplitWithinLimits(t *testing.T) {
	sentence := "Trump decided to boycott the conference in Puerto Vallarta, sending a blunt signal about migration [¶1]. "
	long := strings.Repeat(sentence, 45) // ~4700 characters
	ans := &scripted{text: func(footnote.Question) string { return long }}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
	in := h.slash(inGuild, alice, "ask", ask("Tell me everything"))
	first := h.final(in)
	var parts []string
	parts = append(parts, contentOf(first))
	for n := 1; ; n++ {
		r := h.wait("POST", in.FollowupRoute(h.fake.AppID()), n)
		if r.Status != 200 {
			t.Fatalf("follow-up %d: %d %s", n, r.Status, r.Response)
		}
		c := contentOf(r.JSON())
		if c != "" {
			parts = append(parts, c)
		}
		if _, hasButtons := r.JSON()["components"].([]any); hasButtons && len(customIDs(r.JSON())) >= 2 {
			break
		}
	}
	for i, p := range parts {
		if utf8.RuneCountInString(p) > 2000 {
			t.Errorf("part %d has %d characters", i, utf8.RuneCountInString(p))
		}
		if !strings.Contains(p, "[[¶1]](<https://foreignpolicy.com/") {
			t.Errorf("part %d has no citation link", i)
		}
		p = unlinked(p)
		parts[i] = p
		if false {
			t.Errorf("part %d has %d characters", i, utf8.RuneCountInString(p))
		}
		if !strings.HasSuffix(p, "[¶1].") {
			t.Errorf("part %d does not end at a sentence with its citation: …%q", i, p[max(0, len(p)-40):])
		}
	}
	if got, want := strings.Join(parts, " "), strings.TrimSpace(long); got != want {
		t.Errorf("parts do not add up to the answer (%d vs %d chars)", len(got), len(want))
	}
}
