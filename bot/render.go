package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// Discord's message limits.
const (
	maxContent          = 2000
	maxEmbedDescription = 4096
	maxEmbedTotal       = 6000
	maxEmbedsPerMessage = 10
	maxQuoteRunes       = 300
	maxTitleRunes       = 200
	embedColor          = 0x5865F2
)

// outMessage is one Discord message to send or edit.
type outMessage struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// noMentions is the allowed_mentions every outgoing message carries: an
// explicit empty parse list (a nil slice would serialise as null, which
// Discord reads as "default parsing") and no reply ping.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// renderAnswer turns an answer into messages within Discord's limits: the
// answer text with its [¶N] markers as content (split at sentence
// boundaries), then the sources as embeds. prefix, if set, is shown above
// the answer (e.g. the question a context-menu command asked).
func renderAnswer(a footnote.Answer, articles map[string]footnote.Article, prefix string) []outMessage {
	text := footnote.Defuse(strings.TrimSpace(a.Text))
	if text == "" {
		text = "I have no answer to that."
	}
	if prefix != "" {
		text = prefix + "\n" + text
	}
	if note := strings.TrimSpace(a.Note); note != "" {
		text += "\n\n-# " + footnote.Defuse(strings.Join(strings.Fields(note), " "))
	}
	var msgs []outMessage
	for _, chunk := range splitText(text, maxContent) {
		msgs = append(msgs, outMessage{Content: chunk})
	}
	if a.Refused {
		return msgs
	}
	embeds := sourceEmbeds(a.Citations, articles)
	// Attach the embeds to the last text message while they fit; the rest
	// go in messages of their own.
	last := &msgs[len(msgs)-1]
	total := 0
	for _, e := range embeds {
		n := embedLen(e)
		if len(last.Embeds) >= maxEmbedsPerMessage || total+n > maxEmbedTotal {
			msgs = append(msgs, outMessage{})
			last = &msgs[len(msgs)-1]
			total = 0
		}
		last.Embeds = append(last.Embeds, e)
		total += n
	}
	return msgs
}

// sourceEmbeds lists each distinct citation as "[FP ¶N] “quote” — [Title](URL),
// date", packed into embeds whose descriptions stay within 4096 characters.
func sourceEmbeds(cites []footnote.Citation, articles map[string]footnote.Article) []*discordgo.MessageEmbed {
	type key struct {
		doc   string
		n     int
		quote string
	}
	seen := map[key]bool{}
	var lines []string
	for _, c := range cites {
		k := key{c.Doc, c.Paragraph, c.Quote}
		if seen[k] {
			continue
		}
		seen[k] = true
		lines = append(lines, sourceLine(c, articles[c.Doc]))
	}
	if len(lines) == 0 {
		return nil
	}
	var embeds []*discordgo.MessageEmbed
	var desc strings.Builder
	flush := func() {
		if desc.Len() == 0 {
			return
		}
		e := &discordgo.MessageEmbed{Description: desc.String(), Color: embedColor}
		if len(embeds) == 0 {
			e.Title = "Sources"
		}
		embeds = append(embeds, e)
		desc.Reset()
	}
	for _, l := range lines {
		if desc.Len() > 0 && utf8.RuneCountInString(desc.String())+1+utf8.RuneCountInString(l) > maxEmbedDescription {
			flush()
		}
		if desc.Len() > 0 {
			desc.WriteByte('\n')
		}
		desc.WriteString(l)
	}
	flush()
	return embeds
}

func sourceLine(c footnote.Citation, art footnote.Article) string {
	quote := footnote.Defuse(truncate(strings.Join(strings.Fields(c.Quote), " "), maxQuoteRunes))
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** “%s”", escapeMarkdown(footnote.Marker(art.Label, c.Paragraph)), escapeMarkdown(quote))
	b.WriteString(" — ")
	b.WriteString(articleRef(art, c.Doc))
	return b.String()
}

// articleRef is the article's title linked to its URL, with its date.
func articleRef(art footnote.Article, fallbackID string) string {
	title := strings.TrimSpace(art.Title)
	if title == "" {
		title = fallbackID
	}
	title = footnote.Defuse(truncate(strings.Join(strings.Fields(title), " "), maxTitleRunes))
	var b strings.Builder
	if u := art.URL; (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && len(u) <= 512 && !strings.ContainsAny(u, " ()<>") {
		fmt.Fprintf(&b, "[%s](%s)", strings.NewReplacer("[", "(", "]", ")").Replace(title), u)
	} else {
		fmt.Fprintf(&b, "*%s*", escapeMarkdown(title))
	}
	if !art.Published.IsZero() {
		b.WriteString(", ")
		b.WriteString(art.Published.Format("2 Jan 2006"))
	}
	return b.String()
}

// escapeMarkdown keeps quoted article text from being read as markup.
func escapeMarkdown(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "~", `\~`, "|", `\|`).Replace(s)
}

func embedLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

// renderPartial shows a streamed answer so far: the first piece that fits,
// with an ellipsis saying more is coming.
func renderPartial(text string) string {
	pieces := splitText(footnote.Defuse(text), maxContent-2)
	if len(pieces) == 0 {
		return "…"
	}
	return pieces[0] + " …"
}

// renderSources lists the indexed articles with their dates and links.
func renderSources(arts []footnote.Article) outMessage {
	if len(arts) == 0 {
		return outMessage{Content: "No articles are indexed yet."}
	}
	var b strings.Builder
	for i, a := range arts {
		line := "• " + articleRef(a, a.ID)
		if p := strings.TrimSpace(a.Publication); p != "" {
			line += " · " + escapeMarkdown(footnote.Defuse(truncate(p, 80)))
		}
		more := fmt.Sprintf("\n…and %d more.", len(arts)-i)
		if utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(line)+utf8.RuneCountInString(more) > maxEmbedDescription && i < len(arts) {
			b.WriteString(more)
			break
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return outMessage{
		Content: fmt.Sprintf("I answer from %s:", plural(len(arts), "article", "articles")),
		Embeds:  []*discordgo.MessageEmbed{{Title: "Sources", Description: b.String(), Color: embedColor}},
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
