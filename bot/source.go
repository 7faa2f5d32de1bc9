package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// Importer adds articles to the library and removes them, for /source;
// nil disables the command. The bot reindexes after each change.
type Importer interface {
	// Import fetches rawURL and imports the page into the articles. It
	// returns the one-line outcome (written, duplicate of, unchanged), or
	// an error naming the URL when nothing was added.
	Import(ctx context.Context, rawURL string) (string, error)
	// Remove removes the article id and says what was removed.
	Remove(ctx context.Context, id string) (string, error)
}

// Names of /source's subcommands and options.
const (
	subSourceAdd    = "add"
	subSourceRemove = "remove"
	optSourceURL    = "url"
	optSourceID     = "article"
)

// Limits of /source.
const (
	// maxSourceURL caps the URL /source add takes: long enough for any
	// article's link with its tracking parameters, short enough to quote
	// in a reply.
	maxSourceURL = 2000
	// sourceTimeout bounds /source (fetching, importing and reindexing):
	// like reindexTimeout, within the 15 minutes Discord lets a bot edit
	// its reply.
	sourceTimeout = reindexTimeout
	// maxErrorRunes caps an import error quoted in a reply: enough for
	// the URL and the reason, short of Discord's limit.
	maxErrorRunes = 1500
)

const msgSourceTimedOut = "Adding or removing the article took too long and was stopped; the articles are as they were or as the last step left them."

// onSource adds (/source add url:) or removes (/source remove article:) an
// article, for a server's moderators only, checked on every use. It
// acknowledges at once and edits its reply with the outcome; one change
// runs at a time.
func (b *Bot) onSource(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	if b.deps.Importer == nil {
		return reply{}, &inputError{msg: "Adding articles isn't available on this bot."}
	}
	if err := checkModerator(i, cmdSource, "add or remove articles"); err != nil {
		return reply{}, err
	}
	opts := i.ApplicationCommandData().Options
	if len(opts) != 1 {
		return reply{}, &inputError{msg: "Use `/source add url:` or `/source remove article:`."}
	}
	sub := opts[0]
	value := ""
	for _, o := range sub.Options {
		if o.Type == discordgo.ApplicationCommandOptionString && (o.Name == optSourceURL || o.Name == optSourceID) {
			value = strings.TrimSpace(o.StringValue())
		}
	}
	var change func(context.Context) (string, error)
	switch sub.Name {
	case subSourceAdd:
		if err := checkSourceURL(value); err != nil {
			return reply{}, err
		}
		change = func(ctx context.Context) (string, error) { return b.deps.Importer.Import(ctx, value) }
	case subSourceRemove:
		if value == "" {
			return reply{}, &inputError{msg: "Name the article to remove: pick one from the list `/source remove` offers."}
		}
		change = func(ctx context.Context) (string, error) { return b.removeSource(ctx, value) }
	default:
		return reply{}, &inputError{msg: "Use `/source add url:` or `/source remove article:`."}
	}
	if err := b.deferReply(ev, true); err != nil {
		return reply{}, fmt.Errorf("acknowledge /source: %w", err)
	}
	select {
	case b.sourceSlot <- struct{}{}:
		defer func() { <-b.sourceSlot }()
	case <-ctx.Done():
		return reply{}, &failure{msg: msgSourceTimedOut, err: fmt.Errorf("wait for another /source: %w", ctx.Err())}
	}
	start := b.deps.Now()
	outcome, err := change(ctx)
	if err != nil {
		b.log.Warn("source not changed", "by", invoker(i).ID, "guild", i.GuildID, "sub", sub.Name, "err", err)
		return reply{}, &inputError{msg: "Nothing changed. " + noPreview(footnote.Defuse(truncate(err.Error(), maxErrorRunes)), value)}
	}
	b.log.Info("source changed", "by", invoker(i).ID, "guild", i.GuildID, "sub", sub.Name, "outcome", outcome,
		"took", b.deps.Now().Sub(start).Round(time.Millisecond))
	msg := noPreview(footnote.Defuse(truncate(outcome, maxErrorRunes)), value)
	summary, err := b.reindexAfter(ctx)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return reply{}, &failure{msg: msg + "\n" + msgReindexTimedOut, err: err}
	case err != nil:
		return reply{}, &failure{msg: msg + "\nReindexing failed; the previous index is still in use. The error has been logged.", err: err}
	case summary == "":
		msg += "\nQuestions are answered from it after the next `/reindex`."
	default:
		msg += "\n" + summary
	}
	return reply{msgs: []outMessage{{Content: msg}}}, nil
}

// checkSourceURL refuses what /source add cannot fetch: anything but an
// http(s) URL with a host (never a path on the bot's disk).
func checkSourceURL(raw string) error {
	u, err := url.Parse(raw)
	switch {
	case raw == "":
		return &inputError{msg: "Give the article's link, e.g. `/source add url: https://example.org/2017/12/03/story`."}
	case len(raw) > maxSourceURL:
		return &inputError{msg: fmt.Sprintf("That link is longer than %d characters; nothing was added.", maxSourceURL)}
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return &inputError{msg: "Nothing was added: “" + quoteUserText(raw) + "” is not a web link. Give one that starts with http:// or https://."}
	}
	return nil
}

// noPreview wraps the link u where s quotes it in angle brackets, so that
// Discord shows no preview card of it.
func noPreview(s, u string) string {
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return s
	}
	return strings.ReplaceAll(s, u, "<"+u+">")
}

// removeSource removes the article id, named in the reply by its title and
// outlet when the library has it.
func (b *Bot) removeSource(ctx context.Context, id string) (string, error) {
	what, err := b.deps.Importer.Remove(ctx, id)
	if err != nil {
		return "", err
	}
	for _, a := range b.deps.Library.Articles() {
		if a.ID == id {
			name := "“" + escapeMarkdown(footnote.Defuse(truncate(strings.Join(strings.Fields(a.Title), " "), maxTitleRunes))) + "”"
			if o := outletName(a); o != "" {
				name += " (" + o + ")"
			}
			return "Removed " + name + ": " + what, nil
		}
	}
	return "Removed " + what, nil
}

// sourceCompletions are the articles /source remove offers for what was
// typed: those whose title or outlet holds every word typed so far
// (see typedMatcher), newest first; the value is the article's ID.
func (b *Bot) sourceCompletions(typed string) []*discordgo.ApplicationCommandOptionChoice {
	matches := typedMatcher(typed)
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, a := range newestFirst(b.deps.Library.Articles()) {
		name := strings.Join(strings.Fields(a.Title), " ")
		if name == "" {
			name = a.ID
		}
		if p := strings.Join(strings.Fields(a.Publication), " "); p != "" {
			name = p + " · " + name
		}
		if len([]rune(a.ID)) > maxChoiceRunes || !matches(name+" "+a.ID) {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(name, maxChoiceRunes), Value: a.ID})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}
