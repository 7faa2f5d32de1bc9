package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// onInteraction serves INTERACTION_CREATE through the routing table: slash
// commands, the message command and the feedback buttons.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer b.recoverEvent("interaction")
	i := ic.Interaction
	if i == nil {
		return
	}
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		if done, ok := b.begin(); ok {
			defer done()
			b.onAutocomplete(i)
		}
		return
	}
	rt := b.router.match(i)
	if rt == nil {
		b.log.Debug("interaction type not served", "interaction", i.ID, "type", i.Type.String())
		return
	}
	done, ok := b.begin()
	if !ok {
		b.respondNow(i, outMessage{Content: "I'm restarting. Please ask again in a minute."}, true)
		return
	}
	defer done()
	b.serve(b.work, rt, newInteractionEvent(rt, i))
}

// recoverEvent is deferred by every event handler, behind the routes' own
// recovery: a panic is logged and the process carries on.
func (b *Bot) recoverEvent(kind string) {
	if r := recover(); r != nil {
		b.log.Error("panic in event handler", "event", kind, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	}
}

func invoker(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	if i.User != nil {
		return i.User
	}
	return &discordgo.User{}
}

// onUnknown answers a command or button no route takes (a command removed
// since it was registered, a button from an older version).
func (b *Bot) onUnknown(_ context.Context, ev *event) (reply, error) {
	i := ev.i
	text := "I don't know that command (yet)."
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		b.log.Warn("unknown command", "interaction", i.ID, "command", i.ApplicationCommandData().Name)
	case discordgo.InteractionMessageComponent:
		b.log.Warn("unknown custom ID", "interaction", i.ID, "custom_id", i.MessageComponentData().CustomID)
		text = "That button no longer does anything."
	default:
		b.log.Warn("unknown interaction", "interaction", i.ID, "type", i.Type.String())
	}
	return reply{msgs: []outMessage{{Content: text}}}, nil
}

func (b *Bot) onAsk(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	var text string
	private := false
	for _, o := range i.ApplicationCommandData().Options {
		switch {
		case o.Name == "question" && o.Type == discordgo.ApplicationCommandOptionString:
			text = o.StringValue()
		case o.Name == "private" && o.Type == discordgo.ApplicationCommandOptionBoolean:
			private = o.BoolValue()
		}
	}
	if isSmallTalk(text) {
		return reply{msgs: []outMessage{b.renderHelp()}, private: true}, nil
	}
	u := invoker(i)
	q, wait, err := b.admit(u.ID, i.GuildID, text, false)
	if err != nil {
		return reply{}, err
	}
	return b.deferredAnswer(ctx, ev, private, &request{surface: "ask", userID: u.ID, guildID: i.GuildID, q: footnote.Question{Text: q}, wait: wait})
}

func (b *Bot) onAskMessage(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	d := i.ApplicationCommandData()
	var target *discordgo.Message
	if d.Resolved != nil {
		target = d.Resolved.Messages[d.TargetID]
	}
	if target == nil || strings.TrimSpace(target.Content) == "" {
		return reply{}, &inputError{msg: "That message has no text I can ask about."}
	}
	u := invoker(i)
	q, wait, err := b.admit(u.ID, i.GuildID, target.Content, true)
	if err != nil {
		return reply{}, err
	}
	return b.deferredAnswer(ctx, ev, false, &request{
		surface: "context-menu", userID: u.ID, guildID: i.GuildID, wait: wait,
		q:      footnote.Question{Text: q},
		prefix: "> " + quoteUserText(q),
	})
}

// answerFromMessage answers text, asked from a button or form on one of
// the bot's messages, for the member who used it: privately if that
// message is private, with the question quoted above the answer after
// lead. clip repairs text instead of refusing it (text the member did not
// type).
func (b *Bot) answerFromMessage(ctx context.Context, ev *event, text string, clip bool, surface string, history []footnote.Turn, lead string) (reply, error) {
	i := ev.i
	u := invoker(i)
	q, wait, err := b.admit(u.ID, i.GuildID, text, clip)
	if err != nil {
		return reply{}, err
	}
	private := i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	return b.deferredAnswer(ctx, ev, private, &request{
		surface: surface, userID: u.ID, guildID: i.GuildID, wait: wait,
		q:      footnote.Question{Text: q, History: history},
		prefix: "> " + lead + quoteUserText(q),
	})
}

// deferredAnswer acknowledges the interaction at once (Discord drops one
// not acknowledged within 3 s; ephemeral must be chosen now), then answers,
// streaming the answer into the response when the answerer can.
func (b *Bot) deferredAnswer(ctx context.Context, ev *event, ephemeral bool, req *request) (reply, error) {
	req.private = ephemeral
	if err := b.deferQueued(ctx, ev, ephemeral, req.wait, req.surface); err != nil {
		return reply{}, err
	}
	if _, ok := b.deps.Answerer.(footnote.StreamAnswerer); ok {
		st := startStreamer(b.cfg.StreamInterval, func(text string) { b.editPartial(ev, text) })
		defer st.finish()
		req.progress = st.partial
	}
	return b.answer(ctx, req)
}

// deferQueued acknowledges the interaction at once and, if its question
// must queue for wait, says so and waits; surface names it in errors.
func (b *Bot) deferQueued(ctx context.Context, ev *event, ephemeral bool, wait time.Duration, surface string) error {
	if err := b.deferReply(ev, ephemeral); err != nil {
		return fmt.Errorf("acknowledge interaction: %w", err)
	}
	if wait > 0 {
		b.editPartial(ev, queued(b.deps.Now(), wait))
		if err := b.deps.Sleep(ctx, wait); err != nil {
			return fmt.Errorf("queued %s question: %w", surface, err)
		}
	}
	return nil
}

func flags(ephemeral bool) discordgo.MessageFlags {
	if ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// respondNow answers an interaction with a message right away.
func (b *Bot) respondNow(i *discordgo.Interaction, m outMessage, ephemeral bool) {
	if err := b.respondMessage(i, m, ephemeral); err != nil {
		b.log.Error("respond to interaction", "interaction", i.ID, "err", err)
	}
}

func (b *Bot) respondMessage(i *discordgo.Interaction, m outMessage, ephemeral bool) error {
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			AllowedMentions: noMentions(),
			Flags:           flags(ephemeral),
		},
	})
}

func (b *Bot) deferResponse(i *discordgo.Interaction, ephemeral bool) error {
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions(), Flags: flags(ephemeral)},
	})
}

// editOriginal replaces the interaction's response with m.
func (b *Bot) editOriginal(i *discordgo.Interaction, m outMessage) (*discordgo.Message, error) {
	embeds := m.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := m.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return b.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
		Content: &m.Content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(),
	})
}

// sendInteractionReply puts the first message in the interaction's
// response (editing it if deferred) and the rest in follow-up messages,
// and remembers them for follow-ups. With followUps (the response is
// already out, or deleted), every message is a follow-up.
func (b *Bot) sendInteractionReply(i *discordgo.Interaction, deferred, ephemeral, followUps bool, rep reply) {
	// The buttons may be pressed as soon as the message is out: remember
	// the exchange under its vote key first.
	if rep.ex != nil && rep.voteKey != "" {
		b.mem.put("vote:"+rep.voteKey, rep.ex)
	}
	var ids []string
	for n, m := range rep.msgs {
		var sent *discordgo.Message
		var err error
		switch {
		case n == 0 && deferred:
			sent, err = b.editOriginal(i, m)
		case n == 0 && !followUps:
			// The response to an interaction does not return its message.
			err = b.respondMessage(i, m, ephemeral)
		default:
			sent, err = b.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
				Content: m.Content, Embeds: m.Embeds, Components: m.Components,
				AllowedMentions: noMentions(), Flags: flags(ephemeral),
			})
		}
		if err != nil {
			b.log.Error("send reply", "interaction", i.ID, "part", n+1, "of", len(rep.msgs), "err", err)
			return
		}
		if rep.ex != nil && sent != nil {
			b.mem.put(sent.ID, rep.ex)
			ids = append(ids, sent.ID)
		}
	}
	b.log.Debug("reply sent", "interaction", i.ID, "messages", ids)
}
