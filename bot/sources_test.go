package bot_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
)

// manyArticles is a library of n articles with long headlines, numbered in
// them; every fifth is undated and every third was carried by others.
func manyArticles(n int) []footnote.Article {
	var arts []footnote.Article
	for k := range n {
		a := footnote.Article{
			ID: fmt.Sprintf("story-%d", k), Publication: fmt.Sprintf("Outlet %d", k%7), Language: []string{"en", "de", "es"}[k%3],
			Title: fmt.Sprintf("Headline number %d: ", k) + strings.Repeat("a long headline about the migration compact ", 3),
			URL:   fmt.Sprintf("https://news%d.example.org/2017/12/%d/a-rather-long-path-for-the-story-about-the-compact", k%7, k),
		}
		if k%5 != 0 {
			a.Published = time.Date(2017, 12, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, k)
		}
		if k%3 == 0 {
			a.Copies = []footnote.Copy{{Publication: "Wire A"}, {Publication: "Wire B"}}
		}
		arts = append(arts, a)
	}
	return arts
}

var headlineNumber = regexp.MustCompile(`Headline number (\d+):`)

func TestSourcesPagesThroughManyArticlesWithinLimits(t *testing.T) {
	const articles = 60
	h := newHarness(t, setup{deps: bot.Deps{Library: library{arts: manyArticles(articles)}}})
	in := h.slash(inGuild, alice, "sources")
	typ, msg := h.callback(in)
	if typ != 4 {
		t.Fatalf("/sources answered with type %d, want a message (4)", typ)
	}
	if !strings.Contains(contentOf(msg), "60 articles") {
		t.Errorf("content = %q, want the number of articles", contentOf(msg))
	}
	seen := map[int]int{}
	var all strings.Builder
	collect := func(m map[string]any) {
		checkLimits(t, m)
		if es, _ := m["embeds"].([]any); len(es) != 1 {
			t.Errorf("a page has %d embeds, want 1", len(es))
		}
		text := embedsText(m)
		all.WriteString(text + "\n")
		for _, s := range headlineNumber.FindAllStringSubmatch(text, -1) {
			var n int
			fmt.Sscan(s[1], &n)
			seen[n]++
		}
	}
	collect(msg)
	prev, next, prevOn, nextOn := pageButtons(t, msg, "Previous", "Next")
	if prevOn || !nextOn {
		t.Fatalf("first page: Previous enabled %t, Next enabled %t; want only Next", prevOn, nextOn)
	}
	pages := 1
	for nextOn {
		click, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), next)
		if err != nil {
			t.Fatal(err)
		}
		typ, data := h.callback(click)
		if typ != 7 {
			t.Fatalf("page button answered with type %d, want an update of the message (7)", typ)
		}
		pages++
		collect(data)
		prev, next, prevOn, nextOn = pageButtons(t, data, "Previous", "Next")
		if !prevOn {
			t.Fatalf("page %d has no Previous button enabled", pages)
		}
		if pages > articles {
			t.Fatal("the Next button never ends")
		}
		if !strings.Contains(embedsFooter(data), fmt.Sprintf("Page %d of", pages)) {
			t.Errorf("page %d footer = %q", pages, embedsFooter(data))
		}
	}
	if pages < 2 {
		t.Errorf("%d articles fit on %d page; the test wants several", articles, pages)
	}
	for k := range articles {
		if seen[k] != 1 {
			t.Errorf("article %d shown %d times, want once", k, seen[k])
		}
	}
	text := all.String()
	for _, want := range []string{
		"**Outlet 1** · 2 Dec 2017 · de · [Headline number 1: ", "](<https://news1.example.org/2017/12/1/",
		"**Outlet 0** · date unknown · en · [Headline number 0: ", "· also carried by 2 others",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the pages lack %q", want)
		}
	}
	if strings.Contains(text, "Headline number 1: a long headline about the migration compact a long headline about the migration compact a long headline about the migration compact](<https://news1.example.org/2017/12/1/a-rather-long-path-for-the-story-about-the-compact>) · also carried") {
		t.Error("an article without copies says it was carried by others")
	}
	click, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), prev)
	if err != nil {
		t.Fatal(err)
	}
	if _, data := h.callback(click); !strings.Contains(embedsFooter(data), fmt.Sprintf("Page %d of %d", pages-1, pages)) {
		t.Errorf("Previous from the last page shows %q", embedsFooter(data))
	}
}
