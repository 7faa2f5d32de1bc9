package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/claimcheck"
)

// ClaimChecker checks a claim against the indexed coverage, for the
// "Check this claim" message command.
type ClaimChecker interface {
	Check(ctx context.Context, claim string) (claimcheck.Result, error)
}

// onCheckClaim checks the text of the message the command was used on and
// shows the verdict, quoting the message, with the passages that decide it.
func (b *Bot) onCheckClaim(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	d := i.ApplicationCommandData()
	var target string
	if d.Resolved != nil {
		if m := d.Resolved.Messages[d.TargetID]; m != nil {
			target = m.Content
		}
	}
	if strings.TrimSpace(target) == "" {
		return reply{}, &inputError{msg: "That message has no text I can check."}
	}
	u := invoker(i)
	claim, wait, err := b.admit(u.ID, i.GuildID, target, true)
	if err != nil {
		return reply{}, err
	}
	if err := b.deferQueued(ctx, ev, false, wait, "claim"); err != nil {
		return reply{}, err
	}
	res, err := b.deps.ClaimChecker.Check(ctx, claim)
	if err != nil {
		return reply{}, fmt.Errorf("check claim: %w", err)
	}
	return reply{msgs: renderVerdict(res, b.articleMap(), "> "+quoteUserText(claim))}, nil
}

// renderVerdict lays a checked claim out like an answer: the verdict in
// words, the explanation, and the deciding passages as linked markers
// with a Sources box. prefix is shown above it (the quoted claim).
func renderVerdict(res claimcheck.Result, articles map[string]footnote.Article, prefix string) []outMessage {
	// The explanation's passages become the markers answers use, which
	// are then linked.
	expl, rest := res.Marked(func(doc string) string { return articles[doc].Label })
	body := "**" + res.Verdict.Label() + "** — " + expl
	if ms := citeMarkers(rest, articles); ms != "" {
		body += " " + ms
	}
	return renderAnswer(footnote.Answer{Text: body, Citations: res.Citations}, articles, prefix, "")
}
