package main

import (
	"context"
	"fmt"
	"io"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/claimcheck"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/timeline"
)

const serveUsage = `
Usage: footnote serve

Runs the Discord bot: /ask, /sources, /timeline, /reindex and /source
(moderators add an article from its link or remove one), the "Ask
Footnote" and "Check this claim" message commands, direct messages and
mentions, answered from the same pipeline as 'footnote ask', 'footnote
timeline' and 'footnote check'. Needs DISCORD_TOKEN; see .env.example for
the other DISCORD_* and FOOTNOTE_* settings. /source add fetches like
'footnote import URL': never from a loopback, private or link-local
address unless FOOTNOTE_FETCH_ALLOW_PRIVATE=true. SIGINT or SIGTERM stops
it gracefully.

Flags:
`

func cmdServe(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("serve", serveUsage, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments, got %q", fs.Args())
	}
	if err := set.requireToken(); err != nil {
		return err
	}
	bcfg := set.Bot
	a, err := openApp(ctx, set, stderr, true)
	if err != nil {
		return err
	}
	b, err := bot.New(bcfg, bot.Deps{
		Answerer: a.answerer, Library: a.index, Reindexer: a.index, Logger: a.log,
		Timeliner:    libraryTimeline{lib: a.index},
		Importer:     docsSource{dir: set.App.DocsDir, fetch: corpus.NewURLFetcher(set.App.FetchAllowPrivate)},
		ClaimChecker: claimcheck.New(a.index, a.index),
	})
	if err != nil {
		return err
	}
	a.log.Info("starting the Discord bot", "mode", a.mode(), "articles", len(a.index.Articles()), "discord", bcfg.String())
	if a.model != nil {
		a.log.Info("answers come from a model", "llm", a.llmCfg)
		if err := a.model.Ping(ctx); err != nil {
			// Not fatal: answers fall back to the extractive mode, and each
			// says why.
			a.log.Error("the model server is not usable; answering extractively until it is", "err", err)
		}
	}
	if err := b.Run(ctx); err != nil {
		return fmt.Errorf("discord: %w", err)
	}
	return nil
}

// libraryTimeline builds the timeline of the library's articles as they
// are when asked, so that /timeline follows a reindex.
type libraryTimeline struct{ lib footnote.Library }

// Timeline builds the timeline of the indexed articles.
func (l libraryTimeline) Timeline(context.Context) (timeline.Timeline, error) {
	return timeline.Build(l.lib.Articles()), nil
}
