package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// hungaryPage is a news page, as an outlet serves it, that the docs do
// not cover.
const hungaryPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hungary quits U.N. migration pact, joining the United States | Danube Herald</title>
<meta property="og:site_name" content="Danube Herald">
<meta property="og:title" content="Hungary quits U.N. migration pact, joining the United States">
<meta property="article:published_time" content="2018-07-18T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Hungary quits U.N. migration pact, joining the United States</h1>
<p>Hungary said on Wednesday it would leave the United Nations global migration pact before its formal adoption in December, joining the United States in rejecting an accord that its government says would encourage more people to move.</p>
<p>Foreign Minister Peter Szijjarto told a news conference in Budapest that the pact was contrary to Hungary's security interests and that the country would not take part in the ceremony in Marrakesh.</p>
<p>"This document is against our interests," Szijjarto said, adding that the accord posed a threat to the world and to Hungary because it could inspire millions of people to set out on the road.</p>
<p>The pact, approved by all 193 United Nations members except the United States last week, is not legally binding, and its backers say it is meant to make migration safer and more orderly for everyone involved.</p>
<p>Prime Minister Viktor Orban has built his political career on opposing immigration, and his government campaigned hard against the European Union's plans to share out asylum seekers among member states.</p>
</article>
<footer>© Danube Herald. All rights reserved.</footer>
</body></html>`

func pageServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/2018/07/18/hungary-quits-pact" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hungaryPage)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// docsCopy is a docs directory, inside a folder of its own, holding the
// repository's articles.
func docsCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "docs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../docs/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no docs: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func mdFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestServeSourceAddAndRemove: a moderator adds a page by its link, it is
// answered from, and removed again; a path out of the docs directory is
// refused.
func TestServeSourceAddAndRemove(t *testing.T) {
	pages := pageServer(t)
	link := pages.URL + "/2018/07/18/hungary-quits-pact"
	docs := docsCopy(t)
	outside := filepath.Join(filepath.Dir(docs), "x.md")
	if err := os.WriteFile(outside, []byte("---\ntitle: Outside\n---\n\nNot an article of the docs.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := len(mdFiles(t, docs))
	fake := fakediscord.Start(fakediscord.Options{Token: "tok-src"})
	defer fake.Close()
	srv := startServe(t, fake, env(t, "DISCORD_TOKEN", "tok-src", "DISCORD_API_BASE", fake.URL, "DISCORD_GUILD_ID", "42",
		"FOOTNOTE_DOCS_DIR", docs, "FOOTNOTE_FETCH_ALLOW_PRIVATE", "true", "FOOTNOTE_RATE_USER", "0", "FOOTNOTE_RATE_GUILD", "0"))
	mod := fakediscord.Where{GuildID: "42", ChannelID: "7", Permissions: fakediscord.PermSendMessages | fakediscord.PermManageGuild}
	user := fakediscord.User{ID: "501", Name: "mod"}
	source := func(sub, opt, value string) string {
		t.Helper()
		in, err := fake.SlashCommand(mod, user, "source", fakediscord.Option{Name: sub, Type: 1, Options: []fakediscord.Option{{Name: opt, Type: 3, Value: value}}})
		if err != nil {
			t.Fatal(err)
		}
		r, err := fake.WaitRoute(srv.ctx, "PATCH", in.OriginalRoute(fake.AppID()), 1)
		if err != nil {
			t.Fatalf("no reply to /source %s: %v\n%s", sub, err, srv.stderr.String())
		}
		s, _ := r.JSON()["content"].(string)
		return s
	}

	got := source("add", "url", link)
	for _, want := range []string{"<" + link + ">: wrote ", "Hungary quits U.N. migration pact", "2018-07-18", "en, 5 paragraphs", "Indexed 2 articles"} {
		if !strings.Contains(got, want) {
			t.Errorf("/source add reply lacks %q: %q", want, got)
		}
	}
	if n := len(mdFiles(t, docs)); n != before+1 {
		t.Fatalf("%d articles after the add, want %d", n, before+1)
	}
	in, err := fake.SlashCommand(mod, user, "ask", fakediscord.Option{Name: "question", Type: 3, Value: "What did Szijjarto say about Hungary's security interests?"})
	if err != nil {
		t.Fatal(err)
	}
	ans, err := finalAnswer(srv.ctx, fake, in)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	if b := string(ans.Body); !strings.Contains(b, "contrary to Hungary") || !strings.Contains(b, "Hungary quits U.N. migration pact") {
		t.Errorf("the added article is not answered from: %s", b)
	}

	if got := source("remove", "article", "../x"); !strings.Contains(got, "Nothing changed") {
		t.Errorf("/source remove ../x = %q", got)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("a file outside the docs directory was removed: %v", err)
	}
	id := strings.TrimSuffix(filepath.Base(newest(t, docs)), ".md")
	got = source("remove", "article", id)
	if !strings.Contains(got, "Removed “Hungary quits U.N. migration pact") || !strings.Contains(got, id+".md") || !strings.Contains(got, "Indexed 1 article") {
		t.Errorf("/source remove reply = %q", got)
	}
	if n := len(mdFiles(t, docs)); n != before {
		t.Errorf("%d articles after the removal, want %d", n, before)
	}
	if err := srv.stop(); err != nil {
		t.Fatalf("serve: %v", err)
	}
}

// newest is the docs file that is not one of the repository's.
func newest(t *testing.T, dir string) string {
	t.Helper()
	for _, f := range mdFiles(t, dir) {
		if _, err := os.Stat(filepath.Join("../../docs", filepath.Base(f))); os.IsNotExist(err) {
			return f
		}
	}
	t.Fatal("no added article")
	return ""
}

// TestSourceRefusesPrivateAddressesByDefault: with the default settings a
// link to this machine is refused, named in the error, and nothing is
// written.
func TestSourceRefusesPrivateAddressesByDefault(t *testing.T) {
	pages := pageServer(t)
	link := pages.URL + "/2018/07/18/hungary-quits-pact"
	docs := docsCopy(t)
	set, err := readSettings(env(t, "FOOTNOTE_DOCS_DIR", docs), noDotEnv(t))
	if err != nil {
		t.Fatal(err)
	}
	src := docsSource{dir: docs, fetch: corpus.NewURLFetcher(set.App.FetchAllowPrivate)}
	_, err = src.Import(context.Background(), link)
	if err == nil || !strings.Contains(err.Error(), link) {
		t.Errorf("a loopback link gave %v, want an error naming it", err)
	}
	if n := len(mdFiles(t, docs)); n != 1 {
		t.Errorf("%d articles after a refused link, want 1", n)
	}
	for _, id := range []string{"../x", "..", "", ".hidden", `a\b`} {
		if _, err := src.Remove(context.Background(), id); err == nil {
			t.Errorf("Remove(%q) succeeded", id)
		}
	}
}
