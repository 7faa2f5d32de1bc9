package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/internal/fakediscord"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

// syncBuffer is a bytes.Buffer safe for the bot's concurrent logging.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeEndToEnd runs 'footnote serve' with the real pipeline against a
// fake Discord reached through DISCORD_API_BASE.
func TestServeEndToEnd(t *testing.T) {
	fake := fakediscord.Start(fakediscord.Options{Token: "test-token-123"})
	defer fake.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	getenv := env(t, "DISCORD_TOKEN", "test-token-123", "DISCORD_API_BASE", fake.URL, "DISCORD_GUILD_ID", "42",
		"FOOTNOTE_RATE_USER", "0", "FOOTNOTE_RATE_GUILD", "0")
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, getenv, strings.NewReader(""), &syncBuffer{}, &stderr) }()

	wctx, wcancel := context.WithTimeout(ctx, 60*time.Second) // a safety net, not an assertion on time
	defer wcancel()
	if _, err := fake.WaitRoute(wctx, "PUT", "/applications/*/guilds/42/commands", 1); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, stderr.String())
	}
	where := fakediscord.Where{GuildID: "42", ChannelID: "7", Permissions: fakediscord.PermSendMessages | fakediscord.PermManageGuild}
	user := fakediscord.User{ID: "501", Name: "mod"}
	in, err := fake.SlashCommand(where, user, "ask", fakediscord.Option{Name: "question", Type: 3, Value: "Who overruled Haley?"})
	if err != nil {
		t.Fatal(err)
	}
	final, err := finalAnswer(wctx, fake, in)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	body := string(final.Body)
	for _, want := range []string{"overruled by the president", "[FP ¶7]", `"allowed_mentions":{"parse":[]`, "Trump Boycotts U.N. Migration Talks"} {
		if !strings.Contains(body, want) {
			t.Errorf("answer edit lacks %q: %s", want, body)
		}
	}
	tl, err := fake.SlashCommand(where, user, "timeline")
	if err != nil {
		t.Fatal(err)
	}
	page, err := finalAnswer(wctx, fake, tl)
	if err != nil {
		t.Fatalf("no timeline: %v", err)
	}
	for _, want := range []string{`"title":"Timeline"`, "** — ", "[FP ¶", `"allowed_mentions":{"parse":[]`} {
		if !strings.Contains(string(page.Body), want) {
			t.Errorf("timeline lacks %q: %s", want, page.Body)
		}
	}
	cc, err := fake.MessageCommand(where, user, "Check this claim", fakediscord.User{ID: "502", Name: "poster"}, "Nikki Haley was overruled by the president")
	if err != nil {
		t.Fatal(err)
	}
	card, err := finalAnswer(wctx, fake, cc)
	if err != nil {
		t.Fatalf("no verdict: %v", err)
	}
	for _, want := range []string{"**Supported** — ", "[FP ¶"} {
		if !strings.Contains(string(card.Body), want) {
			t.Errorf("verdict lacks %q: %s", want, card.Body)
		}
	}
	re, err := fake.SlashCommand(where, user, "reindex")
	if err != nil {
		t.Fatal(err)
	}
	reply, err := fake.WaitFor(wctx, func(r fakediscord.Request) bool {
		return strings.Contains(string(r.Body), "Indexed 1 article, 13 paragraphs") &&
			(strings.Contains(r.Route(), re.Token) || strings.Contains(r.Route(), re.ID))
	})
	if err != nil {
		t.Fatalf("no reindex reply: %v", err)
	}
	_ = reply
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after SIGINT-like cancel", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not stop")
	}
	if strings.Contains(stderr.String(), "test-token-123") {
		t.Error("the token appears in the logs")
	}
}

func TestServeConfigErrors(t *testing.T) {
	_, stderr, code := runCLI(t, env(t), "", "serve")
	if code != 2 || !strings.Contains(stderr, "DISCORD_TOKEN") {
		t.Errorf("serve without a token: exit %d %q", code, stderr)
	}
	_, stderr, code = runCLI(t, env(t, "DISCORD_TOKEN", "x", "DISCORD_SHARD_COUNT", "0"), "", "serve")
	if code != 2 || !strings.Contains(stderr, "DISCORD_SHARD_COUNT") {
		t.Errorf("bad shard count: exit %d %q", code, stderr)
	}
}

// TestServeWithModel runs the bot on a model: /ask is answered by the
// (fake) model, streamed, and what reaches Discord is the checked answer.
func TestServeWithModel(t *testing.T) {
	fake := fakediscord.Start(fakediscord.Options{Token: "tok-llm"})
	defer fake.Close()
	model := fakeopenai.New(fakeopenai.WithModels("gpt-4o-mini"))
	defer model.Close()
	model.DefaultChat(fakeopenai.Text("Nikki Haley expressed the lone dissent [¶6]. She was ultimately overruled by the president [¶7]. The Pope backed her [¶6]. @everyone"))
	srv := startServe(t, fake, env(t, "DISCORD_TOKEN", "tok-llm", "DISCORD_API_BASE", fake.URL, "DISCORD_GUILD_ID", "42",
		"OPENAI_BASE_URL", model.BaseURL(), "FOOTNOTE_RATE_USER", "0", "FOOTNOTE_RATE_GUILD", "0"))
	wctx, stderr := srv.ctx, srv.stderr
	where := fakediscord.Where{GuildID: "42", ChannelID: "7", Permissions: fakediscord.PermSendMessages}
	in, err := fake.SlashCommand(where, fakediscord.User{ID: "501", Name: "reader"}, "ask", fakediscord.Option{Name: "question", Type: 3, Value: "Who dissented, and what happened to her?"})
	if err != nil {
		t.Fatal(err)
	}
	final, err := finalAnswer(wctx, fake, in)
	if err != nil {
		t.Fatalf("no answer: %v\n%s", err, stderr.String())
	}
	body, _ := final.JSON()["content"].(string)
	// The markers, labelled, link to the cited sentences.
	for _, want := range []string{"lone dissent [[FP ¶6]](<https://foreignpolicy.com/", "overruled by the president [[FP ¶7]](<https://"} {
		if !strings.Contains(body, want) {
			t.Errorf("answer lacks %q: %s", want, body)
		}
	}
	// The unsupported claim and the ping never reach Discord, in any edit.
	for _, r := range fake.RequestsTo("PATCH", in.OriginalRoute(fake.AppID())) {
		if b := string(r.Body); strings.Contains(b, "Pope") || strings.Contains(b, "@everyone") {
			t.Errorf("an edit shows an unchecked claim or a ping: %s", b)
		}
	}
	if model.Count("/v1/chat/completions") == 0 {
		t.Error("the model was never asked")
	}
	if err := srv.stop(); err != nil {
		t.Fatalf("serve: %v", err)
	}
}

// serving is 'footnote serve' running for a test against a fake Discord
// whose commands it has registered in guild 42.
type serving struct {
	// ctx bounds the test's waits: a safety net, not an assertion on time.
	ctx    context.Context
	stderr *syncBuffer
	// stop cancels serve and returns what it returned.
	stop func() error
}

// startServe runs 'footnote serve' with getenv and waits until it has
// registered its commands.
func startServe(t *testing.T, fake *fakediscord.Server, getenv func(string) (string, bool)) serving {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, getenv, strings.NewReader(""), &syncBuffer{}, stderr) }()
	wctx, wcancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(wcancel)
	if _, err := fake.WaitRoute(wctx, "PUT", "/applications/*/guilds/42/commands", 1); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, stderr.String())
	}
	return serving{ctx: wctx, stderr: stderr, stop: func() error { cancel(); return <-done }}
}

// finalAnswer waits for the edit of an interaction's response that carries
// the answer (with its vote buttons), not a streamed partial.
func finalAnswer(ctx context.Context, fake *fakediscord.Server, in fakediscord.Interaction) (fakediscord.Request, error) {
	return fake.WaitFor(ctx, func(r fakediscord.Request) bool {
		_, hasButtons := r.JSON()["components"]
		return r.Method == "PATCH" && r.Route() == in.OriginalRoute(fake.AppID()) && hasButtons
	})
}

// TestServeKeepsModelSetupPrivate: when the model server refuses the key,
// the public answer says the model is unavailable and quotes the
// articles; the variable to fix, the HTTP status and the server's address
// are for the log only.
func TestServeKeepsModelSetupPrivate(t *testing.T) {
	fake := fakediscord.Start(fakediscord.Options{Token: "tok-key"})
	defer fake.Close()
	model := fakeopenai.New(fakeopenai.WithModels("gpt-4o-mini"), fakeopenai.WithAPIKey("sk-right"))
	defer model.Close()
	srv := startServe(t, fake, env(t, "DISCORD_TOKEN", "tok-key", "DISCORD_API_BASE", fake.URL, "DISCORD_GUILD_ID", "42",
		"OPENAI_BASE_URL", model.BaseURL(), "OPENAI_API_KEY", "sk-wrong", "FOOTNOTE_RATE_USER", "0", "FOOTNOTE_RATE_GUILD", "0"))
	wctx, stderr := srv.ctx, srv.stderr
	where := fakediscord.Where{GuildID: "42", ChannelID: "7", Permissions: fakediscord.PermSendMessages}
	in, err := fake.SlashCommand(where, fakediscord.User{ID: "501", Name: "reader"}, "ask", fakediscord.Option{Name: "question", Type: 3, Value: "Who expressed the lone dissent?"})
	if err != nil {
		t.Fatal(err)
	}
	final, err := finalAnswer(wctx, fake, in)
	if err != nil {
		t.Fatalf("no answer: %v\n%s", err, stderr.String())
	}
	content, _ := final.JSON()["content"].(string)
	if !strings.Contains(content, "The model is unavailable") || !strings.Contains(content, "[FP ¶") {
		t.Errorf("want a quoted answer saying the model is unavailable, got %q", content)
	}
	host := strings.TrimPrefix(model.URL(), "http://")
	for _, r := range fake.Requests() {
		for _, secret := range []string{"OPENAI_API_KEY", "HTTP", "401", host, "API key"} {
			if r.Method != "GET" && strings.Contains(string(r.Body), secret) {
				t.Errorf("%s %s shows %q: %s", r.Method, r.Route(), secret, r.Body)
			}
		}
	}
	if err := srv.stop(); err != nil {
		t.Fatalf("serve: %v", err)
	}
}
