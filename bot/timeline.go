package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// Timeliner builds the timeline of the indexed coverage, for /timeline.
type Timeliner interface {
	Timeline(ctx context.Context) (timeline.Timeline, error)
}

// Custom ID prefixes of the timeline's page buttons; the page to show
// follows the prefix.
const (
	timelinePrefix      = "fn:tl:"
	timelineOlderPrefix = timelinePrefix + "older:"
	timelineNewerPrefix = timelinePrefix + "newer:"
)

// Layout of the timeline.
const (
	// maxEventRunes caps an event's text: longer sentences are cut rather
	// than let one event fill a page.
	maxEventRunes = 300
	// maxEventBlock is the most an event's lines may take with their
	// citation links; beyond it the markers are shown without links, so
	// that a page holds several events.
	maxEventBlock = 1200
)

// timelineTimeout bounds /timeline and its page buttons: building the
// timeline of a large coverage takes seconds; longer keeps a stuck build
// from being reported, shorter could stop a slow but healthy one.
const timelineTimeout = 30 * time.Second

// timelinePager pages the timeline, oldest events first.
func timelinePager() pager {
	return pager{
		title: "Timeline", prevPrefix: timelineOlderPrefix, nextPrefix: timelineNewerPrefix,
		prevLabel: "Older", nextLabel: "Newer", footer: "oldest first",
	}
}

const msgTimelineTimedOut = "Building the timeline took too long. Please try again in a moment."

// onTimeline shows the first page of the timeline, oldest events first.
func (b *Bot) onTimeline(ctx context.Context, ev *event) (reply, error) {
	if err := b.deferReply(ev, false); err != nil {
		return reply{}, fmt.Errorf("acknowledge interaction: %w", err)
	}
	return b.timelinePage(ctx, 0)
}

// onTimelinePage replaces a timeline message with the page its button
// names.
func (b *Bot) onTimelinePage(ctx context.Context, ev *event) (reply, error) {
	page, err := timelinePager().pageOf(ev.i.MessageComponentData().CustomID)
	if err != nil {
		return reply{}, err
	}
	return b.timelinePage(ctx, page)
}

// timelinePage builds the timeline and renders its page n (the last page
// if there are fewer, as after a reindex).
func (b *Bot) timelinePage(ctx context.Context, n int) (reply, error) {
	if b.deps.Timeliner == nil {
		return reply{}, &inputError{msg: "The timeline is not available on this bot."}
	}
	tl, err := b.deps.Timeliner.Timeline(ctx)
	if err != nil {
		return reply{}, fmt.Errorf("build timeline: %w", err)
	}
	pages := timelinePages(tl, b.articleMap())
	if len(pages) == 0 {
		return reply{msgs: []outMessage{{Content: "I found no dated events in the articles."}}}, nil
	}
	n = min(n, len(pages)-1)
	return reply{msgs: []outMessage{renderTimelinePage(pages, n, len(tl.Events))}}, nil
}

// timelinePages lays the events out in pages: each page one embed
// description of whole events within Discord's limits.
func timelinePages(tl timeline.Timeline, articles map[string]footnote.Article) []*discordgo.MessageEmbed {
	blocks := make([]string, 0, len(tl.Events))
	for _, e := range tl.Events {
		blocks = append(blocks, eventBlock(e, articles))
	}
	return packEmbeds("Timeline", blocks, "\n")
}

// eventBlock is an event's line, "**date** — text [FP ¶3](link)", and for
// a disputed event a line per other date with its sources.
func eventBlock(e timeline.Event, articles map[string]footnote.Article) string {
	text := escapeMarkdown(footnote.Defuse(truncate(strings.Join(strings.Fields(e.Text), " "), maxEventRunes)))
	head := "**" + escapeMarkdown(e.Date) + "** — " + text
	if e.Disputed {
		head += " *(dates disputed)*"
	}
	lines := []string{head + " " + citeMarkers(e.Citations, articles)}
	cites := append([]footnote.Citation(nil), e.Citations...)
	for _, v := range e.Versions {
		lines = append(lines, "-# ↳ dated **"+escapeMarkdown(v.Date)+"** by "+citeMarkers(v.Citations, articles))
		cites = append(cites, v.Citations...)
	}
	plain := strings.Join(lines, "\n")
	linked := newCard(footnote.Answer{Citations: cites}, articles).linkMarkers(plain)
	if utf8.RuneCountInString(linked) > maxEventBlock {
		return truncate(plain, maxEventBlock)
	}
	return linked
}

// citeMarkers writes citations as markers, "[FP ¶7] [AP ¶2]".
func citeMarkers(cites []footnote.Citation, articles map[string]footnote.Article) string {
	parts := make([]string, 0, len(cites))
	for _, c := range cites {
		parts = append(parts, footnote.Marker(articles[c.Doc].Label, c.Paragraph))
	}
	return strings.Join(parts, " ")
}

// renderTimelinePage is page n of pages, with buttons to the older and
// newer pages (disabled at the ends).
func renderTimelinePage(pages []*discordgo.MessageEmbed, n, events int) outMessage {
	return timelinePager().page(pages, n, fmt.Sprintf("What happened when, from the articles (%s):", text.Count(events, "event", "events")))
}
