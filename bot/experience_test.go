package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// TestRefusalIsPrivateAndSuggestsQuestions: an out-of-scope /ask is
// answered to the asker only (the public placeholder is deleted), without
// vote buttons, with questions drawn from the articles; pressing one asks
// it.
func TestRefusalIsPrivateAndSuggestsQuestions(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Answerer: cannedAnswers(), Library: library{arts: coverage()}}})
	in := h.slash(inGuild, alice, "ask", ask("Who won the World Cup?"))
	if typ, data := h.callback(in); typ != 5 || flagsOf(data) != 0 {
		t.Fatalf("acknowledgement: type %d flags %d, want a public deferral", typ, flagsOf(data))
	}
	msg := h.privateReply(in)
	if !strings.Contains(contentOf(msg), "The articles don't say") {
		t.Errorf("refusal = %q", contentOf(msg))
	}
	ids := customIDs(msg)
	if len(ids) < 2 || len(ids) > 3 {
		t.Fatalf("want 2 or 3 suggested questions, got %v", ids)
	}
	titles := map[string]bool{}
	for _, a := range coverage() {
		titles[a.Title] = true
	}
	for _, id := range ids {
		if strings.HasPrefix(id, "fn:vote:") || !strings.HasPrefix(id, "fn:ask:") {
			t.Errorf("button %q is not a suggested question", id)
		}
	}
	for _, l := range buttonField(msg, "label") {
		if !titles[l] {
			t.Errorf("suggestion %q is not drawn from the articles", l)
		}
	}
	if n := len(h.fake.RequestsTo("PATCH", in.OriginalRoute(h.fake.AppID()))); n != 0 {
		t.Errorf("the refusal was written into the public placeholder (%d edits)", n)
	}

	// Pressing a suggestion on the private message asks it, privately.
	sent, _ := msg["id"].(string)
	if sent == "" {
		sent = h.waitOK("POST", in.FollowupRoute(h.fake.AppID())).ResponseJSON()["id"].(string)
	}
	click, err := h.fake.ButtonClick(inGuild, alice, sent, ids[len(ids)-1])
	if err != nil {
		t.Fatal(err)
	}
	if typ, data := h.callback(click); typ != 5 || flagsOf(data)&64 == 0 {
		t.Fatalf("suggestion: type %d flags %d, want a private deferral", typ, flagsOf(data))
	}
	ans := h.final(click)
	if !strings.Contains(contentOf(ans), "💬") {
		t.Errorf("the suggested question is not shown above its answer: %q", contentOf(ans))
	}
}

// TestGreetingGetsTheHelpCard: "hi! what can you do?" in a DM, and /help,
// say what the bot covers and how to ask.
func TestGreetingGetsTheHelpCard(t *testing.T) {
	ans := &scripted{}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans, Library: library{arts: coverage()}}})
	if _, err := h.fake.SendMessage(inDM, alice, "hi! what can you do?", nil, ""); err != nil {
		t.Fatal(err)
	}
	dm := h.waitOK("POST", "/channels/"+dmChannel+"/messages").JSON()
	in := h.slash(inGuild, alice, "help")
	typ, data := h.callback(in)
	if typ != 4 || flagsOf(data)&64 == 0 {
		t.Errorf("/help: type %d flags %d, want a private message", typ, flagsOf(data))
	}
	for name, m := range map[string]map[string]any{"DM": dm, "/help": data} {
		card := embedsText(m)
		for _, want := range []string{"5 news articles", "Reuters", "How to ask", "/ask", "Ask Footnote"} {
			if !strings.Contains(card, want) {
				t.Errorf("%s help card lacks %q:\n%s", name, want, card)
			}
		}
		if strings.Contains(contentOf(m), "don't say") {
			t.Errorf("%s: a greeting got a refusal", name)
		}
	}
	if got := ans.questions(); len(got) != 0 {
		t.Errorf("a greeting went to the answerer: %+v", got)
	}
}

// TestFiveQuickQuestionsAreAllAnswered: with the default limits, one
// member's five questions in a row are all answered.
func TestFiveQuickQuestionsAreAllAnswered(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	def := bot.Defaults()
	h := newHarness(t, setup{
		deps: bot.Deps{Now: func() time.Time { return now }},
		cfg: func(c *bot.Config) {
			c.UserRate, c.UserBurst, c.GuildRate, c.GuildBurst = def.UserRate, def.UserBurst, def.GuildRate, def.GuildBurst
		},
	})
	for n := 0; n < 5; n++ {
		in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
		if !strings.Contains(unlinked(contentOf(h.final(in))), "[¶1]") {
			t.Fatalf("question %d not answered", n+1)
		}
	}
}

// TestRateLimitedMentionGetsAReactionNotAMessage: a refusal for asking too
// fast is not worth a public message in a busy channel.
func TestRateLimitedMentionGetsAReactionNotAMessage(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	h := newHarness(t, setup{
		deps: bot.Deps{Now: func() time.Time { return now }},
		cfg:  func(c *bot.Config) { c.UserRate, c.UserBurst, c.MentionThreads = 1, 1, false },
	})
	me := h.fake.BotUser()
	mention := "<@" + me.ID + "> who backed the pullout?"
	if _, err := h.fake.SendMessage(inGuild, alice, mention, []fakediscord.User{me}, ""); err != nil {
		t.Fatal(err)
	}
	h.waitOK("POST", "/channels/"+channelID+"/messages")
	second, err := h.fake.SendMessage(inGuild, alice, mention, []fakediscord.User{me}, "")
	if err != nil {
		t.Fatal(err)
	}
	h.waitOK("PUT", "/channels/"+channelID+"/messages/"+second+"/reactions/*")
	if n := len(h.fake.RequestsTo("POST", "/channels/"+channelID+"/messages")); n != 1 {
		t.Errorf("%d public messages, want only the first answer", n)
	}
}

// TestTypingIsKeptAliveWhileAnswering: a slow answer to a mention keeps
// the typing indicator on until it is sent.
func TestTypingIsKeptAliveWhileAnswering(t *testing.T) {
	ans := &scripted{block: make(chan struct{})}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}, prepare: func(b *bot.Bot) { bot.SetTypingEvery(b, time.Millisecond) },
		cfg: func(c *bot.Config) { c.MentionThreads = false }})
	me := h.fake.BotUser()
	if _, err := h.fake.SendMessage(inGuild, alice, "<@"+me.ID+"> who backed the pullout?", []fakediscord.User{me}, ""); err != nil {
		t.Fatal(err)
	}
	// The first indicator comes with the acknowledgement, the next ones
	// while the answer is written.
	h.wait("POST", "/channels/"+channelID+"/typing", 3)
	close(ans.block)
	h.waitOK("POST", "/channels/"+channelID+"/messages")
	// The indicator stops before the answer is sent.
	answered := false
	for _, r := range h.fake.Requests() {
		switch r.Route() {
		case "/channels/" + channelID + "/messages":
			answered = true
		case "/channels/" + channelID + "/typing":
			if answered {
				t.Errorf("typing indicator sent after the answer")
			}
		}
	}
}

// TestPrivateAnswerCanBeShared: a private answer has a Share button that
// posts it to the channel.
func TestPrivateAnswerCanBeShared(t *testing.T) {
	h := newHarness(t, setup{})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"), fakediscord.Option{Name: "private", Type: 5, Value: true})
	msg := h.final(in)
	share := buttonWith(msg, "fn:share:")
	if share == "" {
		t.Fatalf("a private answer has no Share button: %v", customIDs(msg))
	}
	orig := h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).ResponseJSON()
	click, err := h.fake.ButtonClick(inGuild, alice, orig["id"].(string), share)
	if err != nil {
		t.Fatal(err)
	}
	typ, data := h.callback(click)
	if typ != 4 || flagsOf(data)&64 != 0 {
		t.Fatalf("shared: type %d flags %d, want a public message", typ, flagsOf(data))
	}
	content := contentOf(data)
	if !strings.Contains(content, "Shared by <@"+alice.ID+">") || !strings.Contains(content, "Who backed the pullout?") || !strings.Contains(unlinked(content), "[¶1]") {
		t.Errorf("shared message = %q", content)
	}
	if buttonWith(data, "fn:share:") != "" {
		t.Errorf("the shared answer has a Share button")
	}
	// A public answer has none.
	if buttonWith(h.final(h.slash(inGuild, bob, "ask", ask("Who backed the pullout?"))), "fn:share:") != "" {
		t.Errorf("a public answer has a Share button")
	}
}

// TestAskAutocompletesFromHeadlinesAndAskedQuestions: typing into /ask
// suggests the server's earlier public questions and the articles'
// headlines that hold the words typed; never a private question.
func TestAskAutocompletesFromHeadlinesAndAskedQuestions(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Answerer: cannedAnswers(), Library: library{arts: coverage()}}})
	h.final(h.slash(inGuild, alice, "ask", ask("Which countries left the pact?")))
	h.final(h.slash(inGuild, bob, "ask", ask("Why did Trump skip the talks?"), fakediscord.Option{Name: "private", Type: 5, Value: true}))
	choices := func(typed string) []string {
		in, err := h.fake.Autocomplete(inGuild, alice, "ask", "question", typed)
		if err != nil {
			t.Fatal(err)
		}
		typ, data := h.callback(in)
		if typ != 8 {
			t.Fatalf("autocomplete answered with type %d", typ)
		}
		var names []string
		cs, _ := data["choices"].([]any)
		for _, c := range cs {
			names = append(names, c.(map[string]any)["name"].(string))
		}
		return names
	}
	got := strings.Join(choices("pact"), " | ")
	if got != "Which countries left the pact? | Chile declines to join migration pact | Hungary quits U.N. migration pact" {
		t.Errorf(`"pact" suggests %q`, got)
	}
	got = strings.Join(choices("migration ta"), " | ")
	if got != "Poland follows U.S. out of migration talks | Trump Boycotts U.N. Migration Talks" {
		t.Errorf(`"migration ta" suggests %q`, got)
	}
	if got := choices("skip"); len(got) != 0 {
		t.Errorf("a private question is suggested to others: %q", got)
	}
	if n := len(choices("")); n < 1 || n > 25 {
		t.Errorf("%d suggestions for nothing typed", n)
	}
}

// TestFollowUpButtonOpensAModalAndAnswersWithContext: "Ask a follow-up"
// opens a modal; what is typed there is asked with the exchange as
// context.
func TestFollowUpButtonOpensAModalAndAnswersWithContext(t *testing.T) {
	ans := &scripted{}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	msg := h.final(in)
	more := buttonWith(msg, "fn:more:")
	if more == "" {
		t.Fatalf("no follow-up button: %v", customIDs(msg))
	}
	orig := h.waitOK("PATCH", in.OriginalRoute(h.fake.AppID())).ResponseJSON()["id"].(string)
	click, err := h.fake.ButtonClick(inGuild, bob, orig, more)
	if err != nil {
		t.Fatal(err)
	}
	typ, modal := h.callback(click)
	if typ != 9 || len(customIDs(modal)) != 1 {
		t.Fatalf("follow-up button: type %d %v, want a modal with one text input", typ, modal)
	}
	sub, err := h.fake.ModalSubmit(inGuild, bob, orig, modal["custom_id"].(string), map[string]string{customIDs(modal)[0]: "And who else?"})
	if err != nil {
		t.Fatal(err)
	}
	if typ, _ := h.callback(sub); typ != 5 {
		t.Fatalf("modal submit: type %d, want a deferral", typ)
	}
	if c := contentOf(h.final(sub)); !strings.Contains(c, "> And who else?") || !strings.Contains(unlinked(c), "[¶1]") {
		t.Errorf("follow-up answer = %q", c)
	}
	qs := ans.questions()
	last := qs[len(qs)-1]
	if last.Text != "And who else?" || len(last.History) != 1 || last.History[0].Question != "Who backed the pullout?" {
		t.Errorf("the follow-up reached the answerer as %+v", last)
	}
}

// buttonWith is the custom ID of m's first button whose ID starts with
// prefix, or "".
func buttonWith(m map[string]any, prefix string) string {
	for _, id := range customIDs(m) {
		if strings.HasPrefix(id, prefix) {
			return id
		}
	}
	return ""
}

// TestQuestionOverTheBurstQueuesBriefly: a question that would wait a few
// seconds for its asker's turn is queued, with a countdown, and answered;
// one that would wait long is refused.
func TestQuestionOverTheBurstQueuesBriefly(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var slept []time.Duration
	var mu sync.Mutex
	h := newHarness(t, setup{
		deps: bot.Deps{Now: func() time.Time { return now }, Sleep: func(_ context.Context, d time.Duration) error {
			mu.Lock()
			defer mu.Unlock()
			slept = append(slept, d)
			return nil
		}},
		cfg: func(c *bot.Config) { c.UserRate, c.UserBurst = 6, 1 }, // a question every 10 s
	})
	h.final(h.slash(inGuild, alice, "ask", ask("Who backed the pullout?")))
	in := h.slash(inGuild, alice, "ask", ask("And who else?"))
	if typ, _ := h.callback(in); typ != 5 {
		t.Fatalf("queued question: type %d, want a deferral", typ)
	}
	first := h.wait("PATCH", in.OriginalRoute(h.fake.AppID()), 1)
	if want := fmt.Sprintf("<t:%d:R>", now.Unix()+10); !strings.Contains(contentOf(first.JSON()), want) {
		t.Errorf("the queued question shows %q, want a countdown %s", contentOf(first.JSON()), want)
	}
	if !strings.Contains(unlinked(contentOf(h.final(in))), "[¶1]") {
		t.Error("the queued question was not answered")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(slept) != 1 || slept[0] != 10*time.Second {
		t.Errorf("waited %v, want 10s once", slept)
	}
	third := h.slash(inGuild, alice, "ask", ask("And where?"))
	if typ, data := h.callback(third); typ != 4 || flagsOf(data)&64 == 0 || !strings.Contains(contentOf(data), "<t:") {
		t.Errorf("a question 20 s away: type %d %q, want a private refusal with a countdown", typ, contentOf(data))
	}
}

// TestMentionAnswerIsStreamed: a model's answer to a mention is shown as it
// is written (a message, then edits) and ends as the full answer card.
func TestMentionAnswerIsStreamed(t *testing.T) {
	shown := make(chan struct{})
	ans := &streaming{}
	h := newHarness(t, setup{deps: bot.Deps{Answerer: ans}, cfg: func(c *bot.Config) { c.MentionThreads = false }})
	ans.waitShown = func() {
		h.waitOK("POST", "/channels/"+channelID+"/messages")
		close(shown)
	}
	me := h.fake.BotUser()
	if _, err := h.fake.SendMessage(inGuild, alice, "<@"+me.ID+"> who decided?", []fakediscord.User{me}, ""); err != nil {
		t.Fatal(err)
	}
	<-shown
	first := h.waitOK("POST", "/channels/"+channelID+"/messages")
	if c := contentOf(first.JSON()); !strings.HasPrefix(c, "Trump decided") || first.JSON()["message_reference"] == nil {
		t.Errorf("first partial = %s", first.Body)
	}
	id := first.ResponseJSON()["id"].(string)
	var final map[string]any
	for n := 1; final == nil; n++ {
		r := h.wait("PATCH", "/channels/"+channelID+"/messages/"+id, n)
		if _, ok := r.JSON()["components"]; ok {
			final = r.JSON()
		}
	}
	if !strings.Contains(unlinked(contentOf(final)), "[¶1]") || !strings.Contains(embedsText(final), "Sources") {
		t.Errorf("final edit = %v", final)
	}
	if n := len(h.fake.RequestsTo("POST", "/channels/"+channelID+"/messages")); n != 1 {
		t.Errorf("%d messages sent, want one edited into the answer", n)
	}
}
