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
	// maxOutletRunes caps an outlet's name in the Sources box: longer
	// names are cut rather than wrapped.
	maxOutletRunes = 80
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

// articleRef is the article's title linked to its URL, with its date.
func articleRef(art footnote.Article, fallbackID string) string {
	title := strings.TrimSpace(art.Title)
	if title == "" {
		title = fallbackID
	}
	title = footnote.Defuse(truncate(strings.Join(strings.Fields(title), " "), maxTitleRunes))
	var b strings.Builder
	if u := linkable(art); u != "" {
		fmt.Fprintf(&b, "[%s](%s)", strings.NewReplacer("[", "(", "]", ")").Replace(escapeMarkdown(title)), u)
	} else {
		fmt.Fprintf(&b, "*%s*", escapeMarkdown(title))
	}
	if !art.Published.IsZero() {
		b.WriteString(" · ")
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

// quoteUserText shows text a user wrote (a message the "Ask Footnote"
// command quotes, a question) as plain text: whitespace collapsed, every
// ASCII mark Markdown reads escaped so that no Markdown (links, headings,
// masks, code, quotes, lists) is live, a zero-width space after "://" so
// that no bare URL is linked, and mentions defused.
func quoteUserText(s string) string {
	s = footnote.Defuse(truncate(strings.Join(strings.Fields(s), " "), maxQuoteRunes))
	s = strings.ReplaceAll(s, "://", ":\u200b//")
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && strings.ContainsRune("\\`*_~|[]()<>#-+@", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
