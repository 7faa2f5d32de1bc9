package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// pager lays out a reply that pages through embeds with two buttons
// (/timeline, /sources): each page is one embed; a button's custom ID is
// its prefix followed by the page it shows.
type pager struct {
	title                  string
	prevPrefix, nextPrefix string
	prevLabel, nextLabel   string
	// footer follows "Page n of N" in each page's footer, e.g. "oldest first".
	footer string
}

// page is page n of pages as a message with content above it, and
// buttons to the previous and next pages (disabled at the ends) when there
// are several.
func (p pager) page(pages []*discordgo.MessageEmbed, n int, content string) outMessage {
	e := *pages[n]
	e.Title = p.title
	e.Color = embedColor
	foot := fmt.Sprintf("Page %d of %d", n+1, len(pages))
	if p.footer != "" {
		foot += " · " + p.footer
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: foot}
	m := outMessage{Content: content, Embeds: []*discordgo.MessageEmbed{&e}}
	if len(pages) > 1 {
		m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Style: discordgo.SecondaryButton, Label: p.prevLabel, CustomID: p.prevPrefix + strconv.Itoa(max(n-1, 0)), Disabled: n == 0},
			discordgo.Button{Style: discordgo.SecondaryButton, Label: p.nextLabel, CustomID: p.nextPrefix + strconv.Itoa(min(n+1, len(pages)-1)), Disabled: n == len(pages)-1},
		}}}
	}
	return m
}

// pageOf is the page a button's custom ID names.
func (p pager) pageOf(customID string) (int, error) {
	rest := strings.TrimPrefix(strings.TrimPrefix(customID, p.prevPrefix), p.nextPrefix)
	n, err := strconv.Atoi(rest)
	if err != nil || n < 0 {
		return 0, &inputError{msg: "That button no longer does anything."}
	}
	return n, nil
}
