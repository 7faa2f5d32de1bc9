package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Custom ID prefixes of the /sources page buttons; the page to show
// follows the prefix.
const (
	sourcesPrefix     = "fn:src:"
	sourcesPrevPrefix = sourcesPrefix + "prev:"
	sourcesNextPrefix = sourcesPrefix + "next:"
)

// sourcesPager pages the list of articles.
func sourcesPager() pager {
	return pager{
		title: "Sources", prevPrefix: sourcesPrevPrefix, nextPrefix: sourcesNextPrefix,
		prevLabel: "Previous", nextLabel: "Next",
	}
}

// onSources shows the first page of the indexed articles.
func (b *Bot) onSources(_ context.Context, _ *event) (reply, error) {
	return reply{msgs: []outMessage{renderSourcesPage(b.deps.Library.Articles(), 0)}}, nil
}

// onSourcesPage replaces a /sources message with the page its button
// names (the last page if there are fewer now, as after a removal).
func (b *Bot) onSourcesPage(_ context.Context, ev *event) (reply, error) {
	n, err := sourcesPager().pageOf(ev.i.MessageComponentData().CustomID)
	if err != nil {
		return reply{}, err
	}
	return reply{msgs: []outMessage{renderSourcesPage(b.deps.Library.Articles(), n)}}, nil
}

// renderSourcesPage is page n of the articles, newest first, one line
// each, in pages of one embed within Discord's limits.
func renderSourcesPage(arts []footnote.Article, n int) outMessage {
	if len(arts) == 0 {
		return outMessage{Content: "No articles are indexed yet."}
	}
	lines := make([]string, 0, len(arts))
	for _, a := range newestFirst(arts) {
		lines = append(lines, sourceLine(a))
	}
	pages := packEmbeds("Sources", lines, "\n")
	n = min(n, len(pages)-1)
	return sourcesPager().page(pages, n, fmt.Sprintf("I answer from %s:", text.Count(len(arts), "article", "articles")))
}

// sourceLine is an article's line in /sources: "• **Outlet** · 2 Dec
// 2017 · en · [Title](<url>) · also carried by 2".
func sourceLine(a footnote.Article) string {
	parts := []string{"date unknown"}
	if !a.Published.IsZero() {
		parts[0] = a.Published.Format("2 Jan 2006")
	}
	if o := outletName(a); o != "" {
		parts = append([]string{"**" + o + "**"}, parts...)
	}
	if l := strings.TrimSpace(a.Language); l != "" {
		parts = append(parts, escapeMarkdown(footnote.Defuse(truncate(l, maxLanguageRunes))))
	}
	title := strings.Join(strings.Fields(a.Title), " ")
	if title == "" {
		title = a.ID
	}
	title = escapeMarkdown(footnote.Defuse(truncate(title, maxTitleRunes)))
	if u := linkable(a); u != "" {
		title = "[" + strings.NewReplacer("[", "(", "]", ")").Replace(title) + "](<" + u + ">)"
	} else {
		title = "*" + title + "*"
	}
	parts = append(parts, title)
	if len(a.Copies) > 0 {
		parts = append(parts, "also carried by "+text.Count(len(a.Copies), "other", "others"))
	}
	return "• " + strings.Join(parts, " · ")
}

// maxLanguageRunes caps the language shown for an article: front matter
// holds a short code; anything longer is cut rather than let it crowd
// the line.
const maxLanguageRunes = 10
