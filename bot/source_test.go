package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// importer records what /source asked of it; an import of a URL holding
// "refused" fails, and gate, if set, holds each import until it is closed
// or receives.
type importer struct {
	mu       sync.Mutex
	imported []string
	removed  []string
	active   int
	maxAct   int
	started  chan struct{}
	gate     chan struct{}
}

func (im *importer) Import(ctx context.Context, rawURL string) (string, error) {
	im.mu.Lock()
	im.imported = append(im.imported, rawURL)
	im.active++
	im.maxAct = max(im.maxAct, im.active)
	im.mu.Unlock()
	defer func() {
		im.mu.Lock()
		im.active--
		im.mu.Unlock()
	}()
	if im.started != nil {
		im.started <- struct{}{}
	}
	if im.gate != nil {
		select {
		case <-im.gate:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	if strings.Contains(rawURL, "refused") {
		return "", errors.New(rawURL + ": error: fetch: refusing a private address")
	}
	return rawURL + `: wrote story: "Hungary quits pact", 2017-12-18, en, 3 paragraphs`, nil
}

func (im *importer) Remove(_ context.Context, id string) (string, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	if strings.ContainsAny(id, `/\`) {
		return "", errors.New("no article " + id)
	}
	im.removed = append(im.removed, id)
	return id + ".md", nil
}

func (im *importer) calls() (imported, removed []string, maxActive int) {
	im.mu.Lock()
	defer im.mu.Unlock()
	return append([]string(nil), im.imported...), append([]string(nil), im.removed...), im.maxAct
}

func addURL(u string) fakediscord.Option {
	return fakediscord.Option{Name: "add", Type: 1, Options: []fakediscord.Option{{Name: "url", Type: 3, Value: u}}}
}

func removeArticle(id string) fakediscord.Option {
	return fakediscord.Option{Name: "remove", Type: 1, Options: []fakediscord.Option{{Name: "article", Type: 3, Value: id}}}
}

// sourceReply is the text of /source's reply: the edit of its private
// acknowledgement, or its immediate refusal.
func (h *harness) sourceReply(in fakediscord.Interaction) string {
	h.t.Helper()
	typ, data := h.callback(in)
	if flagsOf(data) != 64 {
		h.t.Errorf("/source reply should be private, flags = %d", flagsOf(data))
	}
	if typ == 4 {
		return contentOf(data)
	}
	if typ != 5 {
		h.t.Fatalf("/source answered with type %d", typ)
	}
	return contentOf(h.wait("PATCH", in.OriginalRoute(h.fake.AppID()), 1).JSON())
}

func TestSourceAddIsForModeratorsAndReindexes(t *testing.T) {
	const link = "https://example.org/2017/12/18/hungary-quits-pact"
	for _, tc := range []struct {
		name  string
		where fakediscord.Where
		opt   fakediscord.Option
		want  []string
		runs  int
	}{
		{"moderator", asMod, addURL(link), []string{"<" + link + `>: wrote story: "Hungary quits pact", 2017-12-18, en, 3 paragraphs`, "Indexed 1 article, 13 paragraphs"}, 1},
		{"administrator", fakediscord.Where{GuildID: guildID, ChannelID: channelID, Permissions: fakediscord.PermAdministrator}, addURL(link), []string{"wrote story"}, 1},
		// Discord showed the command to a member (a guild changed who sees
		// it): the bot refuses anyway.
		{"member", inGuild, addURL(link), []string{"Only members with the Manage Server permission can add or remove articles."}, 0},
		{"dm", inDM, addURL(link), []string{"`/source` only works in a server"}, 0},
		{"not a link", asMod, addURL("/etc/passwd"), []string{"is not a web link", "http://"}, 0},
		{"file URL", asMod, addURL("file:///etc/passwd"), []string{"is not a web link"}, 0},
		{"refused", asMod, addURL("http://127.0.0.1/refused"), []string{"Nothing changed. <http://127.0.0.1/refused>: error: fetch: refusing a private address"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im, ri := &importer{}, &reindexer{}
			h := newHarness(t, setup{deps: bot.Deps{Importer: im, Reindexer: ri}})
			got := h.sourceReply(h.slash(tc.where, alice, "source", tc.opt))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply = %q, want it to hold %q", got, w)
				}
			}
			imported, _, _ := im.calls()
			allowed := tc.where.Permissions&(fakediscord.PermManageGuild|fakediscord.PermAdministrator) != 0 && tc.where.GuildID != ""
			if wantImport := allowed && strings.HasPrefix(tc.opt.Options[0].Value.(string), "http"); (len(imported) == 1) != wantImport {
				t.Errorf("imported %q; want an import: %t", imported, wantImport)
			}
			if ri.count() != tc.runs {
				t.Errorf("reindexed %d times, want %d", ri.count(), tc.runs)
			}
		})
	}
}

func TestSourceAddsOneAtATime(t *testing.T) {
	im := &importer{started: make(chan struct{}, 2), gate: make(chan struct{})}
	h := newHarness(t, setup{deps: bot.Deps{Importer: im, Reindexer: &reindexer{}}})
	first := h.slash(asMod, alice, "source", addURL("https://example.org/a"))
	<-im.started
	second := h.slash(asMod, bob, "source", addURL("https://example.org/b"))
	if typ, _ := h.callback(second); typ != 5 {
		t.Fatalf("the second /source was not acknowledged at once (type %d)", typ)
	}
	close(im.gate)
	for _, in := range []fakediscord.Interaction{first, second} {
		if got := contentOf(h.wait("PATCH", in.OriginalRoute(h.fake.AppID()), 1).JSON()); !strings.Contains(got, "wrote story") {
			t.Errorf("reply = %q", got)
		}
	}
	if imported, _, maxActive := im.calls(); len(imported) != 2 || maxActive != 1 {
		t.Errorf("imports %q ran %d at a time, want both, one at a time", imported, maxActive)
	}
}

func TestSourceRemove(t *testing.T) {
	im, ri := &importer{}, &reindexer{}
	h := newHarness(t, setup{deps: bot.Deps{Importer: im, Reindexer: ri, Library: library{arts: coverage()}}})
	got := h.sourceReply(h.slash(asMod, alice, "source", removeArticle("reuters-hungary")))
	if !strings.Contains(got, "Removed “Hungary quits U.N. migration pact” (Reuters): reuters-hungary.md") || !strings.Contains(got, "Indexed") {
		t.Errorf("reply = %q", got)
	}
	got = h.sourceReply(h.slash(asMod, alice, "source", removeArticle("../x")))
	if !strings.Contains(got, "Nothing changed. no article ../x") {
		t.Errorf("reply to ../x = %q", got)
	}
	got = h.sourceReply(h.slash(inGuild, bob, "source", removeArticle("ap-chile")))
	if !strings.Contains(got, "Manage Server") {
		t.Errorf("reply to a member = %q", got)
	}
	if _, removed, _ := im.calls(); strings.Join(removed, ",") != "reuters-hungary" {
		t.Errorf("removed %q, want only reuters-hungary", removed)
	}
	if ri.count() != 1 {
		t.Errorf("reindexed %d times, want once", ri.count())
	}
}

func TestSourceRemoveAutocompletesArticlesForModerators(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Importer: &importer{}, Library: library{arts: coverage()}}})
	choices := func(w fakediscord.Where, typed string) []string {
		in, err := h.fake.SubcommandAutocomplete(w, alice, "source", "remove", "article", typed)
		if err != nil {
			t.Fatal(err)
		}
		typ, data := h.callback(in)
		if typ != 8 {
			t.Fatalf("autocomplete answered with type %d", typ)
		}
		var out []string
		cs, _ := data["choices"].([]any)
		for _, c := range cs {
			m := c.(map[string]any)
			out = append(out, m["name"].(string)+"="+m["value"].(string))
		}
		return out
	}
	if got := strings.Join(choices(asMod, "reuters"), " | "); got != "Reuters · Austria to shun migration compact=reuters-austria | Reuters · Hungary quits U.N. migration pact=reuters-hungary" {
		t.Errorf(`"reuters" offers %q`, got)
	}
	if got := choices(inGuild, "reuters"); len(got) != 0 {
		t.Errorf("a member is offered articles to remove: %q", got)
	}
}
