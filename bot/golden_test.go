package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// update rewrites the golden payload files: go test ./bot -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden payloads in testdata/golden")

// renderDirEnv names a directory to write each scenario's requests to, in
// the input format of ../shared/tools/discord-render, to look at them.
const renderDirEnv = "FOOTNOTE_RENDER_DIR"

// coverage is a library of several outlets' articles, labelled as the
// index labels them.
func coverage() []footnote.Article {
	day := func(d int) time.Time { return time.Date(2017, 12, d, 0, 0, 0, 0, time.UTC) }
	mk := func(id, label, pub, title, url string, d int, paras ...string) footnote.Article {
		a := footnote.Article{ID: id, Label: label, Publication: pub, Title: title, URL: url, Published: day(d), Language: "en"}
		for i, p := range append([]string{title}, paras...) {
			a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: i, Text: p})
		}
		return a
	}
	arts := []footnote.Article{
		article(),
		mk("reuters-hungary", "", "Reuters", "Hungary quits U.N. migration pact", "https://www.reuters.com/article/hungary-migration-pact", 18,
			"Hungary said on Wednesday it would leave the U.N. global migration pact, joining the United States.",
			"Foreign Minister Peter Szijjarto said the pact was contrary to Hungary's security interests."),
		mk("ap-poland", "", "AP", "Poland follows U.S. out of migration talks", "https://apnews.com/article/poland-migration", 20,
			"Poland will not sign the migration compact, its interior minister said.",
			"The minister said the compact did not guarantee Poland's security."),
		mk("reuters-austria", "", "Reuters", "Austria to shun migration compact", "https://www.reuters.com/article/austria-migration-compact", 21,
			"Austria will not sign the compact, the chancellor said, citing sovereignty."),
		mk("ap-chile", "", "AP", "Chile declines to join migration pact", "https://apnews.com/article/chile-migration", 22,
			"Chile said it would not sign the pact, which it called a threat to its sovereignty."),
	}
	arts[1].Copies = []footnote.Copy{
		{Publication: "Deutsche Welle", URL: "https://www.dw.com/en/hungary-quits-pact/a-1"},
		{Publication: "Euronews", URL: "https://www.euronews.com/2017/12/18/hungary-pact"},
	}
	footnote.AssignLabels(arts) // FP, Reuters2 (Hungary), AP2 (Poland), Reuters (Austria), AP (Chile)
	return arts
}

// canned answers each question with the answer its text names.
type canned map[string]footnote.Answer

func (c canned) Answer(_ context.Context, q footnote.Question) (footnote.Answer, error) {
	a, ok := c[q.Text]
	if !ok {
		a = c["*"]
	}
	a.Question = q.Text
	return a, nil
}

func cannedAnswers() canned {
	return canned{
		"Who backed the pullout?": {
			Mode: footnote.ModeExtractive,
			Text: "The decision highlighted the enduring influence of Stephen Miller, the 32-year-old senior White House policy advisor [FP ¶3]. " +
				"Hungary said on Wednesday it would leave the U.N. global migration pact, joining the United States [Reuters2 ¶1].",
			Citations: []footnote.Citation{
				{Doc: docID, Paragraph: 3, Quote: "the enduring influence of Stephen Miller"},
				{Doc: "reuters-hungary", Paragraph: 1, Quote: "it would leave the U.N. global migration pact"},
				{Doc: docID, Paragraph: 3, Quote: "senior White House policy advisor"},
			},
		},
		"Which countries left the pact?": {
			Mode: footnote.ModeLLM,
			Text: "The United States boycotted the talks [FP ¶1], and Hungary [Reuters2 ¶1], Poland [AP2 ¶1], Austria [Reuters ¶1] and Chile [AP ¶1] said they would not join.",
			Citations: []footnote.Citation{
				{Doc: docID, Paragraph: 1, Quote: "boycott a global conference on migration"},
				{Doc: "reuters-hungary", Paragraph: 1, Quote: "it would leave the U.N. global migration pact"},
				{Doc: "ap-poland", Paragraph: 1, Quote: "Poland will not sign the migration compact"},
				{Doc: "reuters-austria", Paragraph: 1, Quote: "Austria will not sign the compact"},
				{Doc: "ap-chile", Paragraph: 1, Quote: "would not sign the pact"},
			},
			Note: "1 statement of the model's answer was removed because the articles don't support it.",
		},
		"Why did Trump skip the talks?": {
			Mode: footnote.ModeExtractive,
			Text: "Trump made the decision on Friday, a day dominated by Senate negotiations on a landmark tax bill [FP ¶2].",
			Citations: []footnote.Citation{
				{Doc: docID, Paragraph: 2, Quote: "Trump made the decision on Friday"},
			},
			Note: "The language model is unavailable: the model server refused the API key; check OPENAI_API_KEY (HTTP 401 from http://10.0.0.5:8080/v1). This answer quotes the articles directly.",
		},
		"*": {
			Mode: footnote.ModeExtractive, Refused: true,
			Text: "The articles don't say. They cover the U.N. talks on a global migration compact and the countries that left them.",
		},
	}
}

// scenario is one thing a member does, whose payloads are kept.
type scenario struct {
	name string
	do   func(h *harness)
	// until waits for the scenario's last request.
	until func(h *harness)
	// cmd and text are what the member did, for the renderer: a command
	// and its question, or (cmd empty) a direct message.
	cmd, text string
	// arts, if set, is the library instead of coverage().
	arts []footnote.Article
}

func goldenScenarios() []scenario {
	var in fakediscord.Interaction
	askAndWait := func(q string) scenario {
		return scenario{
			cmd: "ask", text: q,
			do:    func(h *harness) { in = h.slash(inGuild, alice, "ask", ask(q)) },
			until: func(h *harness) { h.final(in) },
		}
	}
	answer := askAndWait("Who backed the pullout?")
	answer.name = "answer"
	grouped := askAndWait("Which countries left the pact?")
	grouped.name = "answer-grouped"
	fallback := askAndWait("Why did Trump skip the talks?")
	fallback.name = "answer-model-down"
	return []scenario{
		answer, grouped, fallback,
		{
			name: "refusal", cmd: "ask", text: "Who won the World Cup?",
			do:    func(h *harness) { in = h.slash(inGuild, alice, "ask", ask("Who won the World Cup?")) },
			until: func(h *harness) { h.privateReply(in) },
		},
		{
			name: "help-dm", text: "hi! what can you do?",
			do: func(h *harness) {
				if _, err := h.fake.SendMessage(inDM, alice, "hi! what can you do?", nil, ""); err != nil {
					h.t.Fatal(err)
				}
			},
			until: func(h *harness) { h.waitOK("POST", "/channels/"+dmChannel+"/messages") },
		},
		{
			name: "mention-thread", text: "@Footnote Who backed the pullout?",
			do: func(h *harness) {
				me := h.fake.BotUser()
				if _, err := h.fake.SendMessage(inGuild, alice, "<@"+me.ID+"> Who backed the pullout?", []fakediscord.User{me}, ""); err != nil {
					h.t.Fatal(err)
				}
			},
			until: func(h *harness) { h.waitOK("POST", "/channels/*/messages") },
		},
		{
			name: "sources", cmd: "sources",
			do:    func(h *harness) { in = h.slash(inGuild, alice, "sources") },
			until: func(h *harness) { h.waitOK("POST", in.CallbackRoute()) },
		},
		{
			name: "sources-paged", cmd: "sources", arts: manyArticles(60),
			do:    func(h *harness) { in = h.slash(inGuild, alice, "sources") },
			until: func(h *harness) { h.waitOK("POST", in.CallbackRoute()) },
		},
		{
			name: "ask-footnote", cmd: "Ask Footnote", text: "[who](https://evil.example) **backed** the `pullout`? # now",
			do: func(h *harness) {
				var err error
				in, err = h.fake.MessageCommand(inGuild, alice, "Ask Footnote", bob, "[who](https://evil.example) **backed** the `pullout`? # now")
				if err != nil {
					h.t.Fatal(err)
				}
			},
			until: func(h *harness) { h.privateReply(in) },
		},
		{
			name: "timeline", cmd: "timeline",
			do:    func(h *harness) { in = h.slash(inGuild, alice, "timeline") },
			until: func(h *harness) { h.final(in) },
		},
		{
			name: "check-claim", cmd: "Check this claim", text: "Trump decided on Monday",
			do: func(h *harness) {
				var err error
				in, err = h.fake.MessageCommand(inGuild, alice, "Check this claim", bob, "Trump decided on Monday")
				if err != nil {
					h.t.Fatal(err)
				}
			},
			until: func(h *harness) { h.final(in) },
		},
	}
}

// TestGoldenPayloads drives each scenario through the real discordgo
// client and the fake Discord, and compares what the bot sent (the
// payloads a member's client draws) with testdata/golden.
func TestGoldenPayloads(t *testing.T) {
	for _, sc := range goldenScenarios() {
		t.Run(sc.name, func(t *testing.T) {
			arts := sc.arts
			if arts == nil {
				arts = coverage()
			}
			h := newHarness(t, setup{deps: bot.Deps{
				Answerer: cannedAnswers(), Library: library{arts: arts},
				Timeliner: coverageTimeline(), ClaimChecker: cannedChecks(),
			}})
			from := h.fake.RequestCount()
			sc.do(h)
			sc.until(h)
			reqs := h.fake.Requests()[from:]
			got := goldenOf(reqs)
			path := filepath.Join("testdata", "golden", sc.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no golden file (run with -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("payloads differ from %s (run with -update and look at them):\n%s", path, got)
			}
			if dir := os.Getenv(renderDirEnv); dir != "" {
				writeRenderInput(t, filepath.Join(dir, sc.name+".json"), sc, reqs)
			}
		})
	}
}

// voteKey matches the random key of an answer's buttons.
var voteKey = regexp.MustCompile(`(fn:(?:vote:up|vote:down|more|share):)[0-9a-f]{16}`)

// goldenOf is the requests that draw messages, as indented JSON: what was
// done (kind) and the payload, with random keys replaced.
func goldenOf(reqs []fakediscord.Request) []byte {
	type entry struct {
		Kind string          `json:"kind"`
		Body json.RawMessage `json:"body,omitempty"`
	}
	var out []entry
	for _, r := range reqs {
		k := kindOf(r)
		if k == "" {
			continue
		}
		body := voteKey.ReplaceAll(r.Body, []byte("${1}KEY"))
		var v any
		if json.Unmarshal(body, &v) == nil {
			body, _ = json.Marshal(v)
		}
		out = append(out, entry{Kind: k, Body: body})
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	return append(b, '\n')
}

// kindOf names what a request does to the messages a member sees, or "".
func kindOf(r fakediscord.Request) string {
	route := r.Route()
	switch {
	case strings.HasSuffix(route, "/callback"):
		return "callback"
	case strings.HasPrefix(route, "/webhooks/") && strings.HasSuffix(route, "/@original"):
		return strings.ToLower(r.Method) + " original"
	case strings.HasPrefix(route, "/webhooks/") && r.Method == "POST":
		return "follow-up"
	case strings.HasPrefix(route, "/channels/") && strings.HasSuffix(route, "/messages"):
		return "channel message"
	case strings.HasPrefix(route, "/channels/") && strings.HasSuffix(route, "/threads"):
		return "thread"
	case strings.Contains(route, "/reactions/"):
		return "reaction"
	}
	return ""
}

// writeRenderInput writes reqs in the renderer's input format.
func writeRenderInput(t *testing.T, path string, sc scenario, reqs []fakediscord.Request) {
	t.Helper()
	type req struct {
		Interaction string          `json:"interaction,omitempty"`
		Seq         int             `json:"seq"`
		Method      string          `json:"method"`
		Path        string          `json:"path"`
		Status      int             `json:"status"`
		Body        json.RawMessage `json:"body,omitempty"`
		Response    json.RawMessage `json:"response,omitempty"`
	}
	var out struct {
		Requests []req             `json:"requests"`
		Users    map[string]string `json:"users"`
	}
	out.Users = map[string]string{alice.ID: alice.Name, bob.ID: bob.Name}
	for n, r := range reqs {
		if kindOf(r) == "" {
			continue
		}
		e := req{Seq: n + 1, Method: r.Method, Path: r.Path, Status: r.Status}
		if sc.cmd != "" {
			e.Interaction = sc.name
		}
		if json.Valid(r.Body) {
			e.Body = r.Body
		}
		if json.Valid(r.Response) {
			e.Response = r.Response
		}
		out.Requests = append(out.Requests, e)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
