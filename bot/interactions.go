package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// onInteraction routes INTERACTION_CREATE: slash commands, the message
// command and the feedback buttons.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer b.recoverEvent("interaction")
	i := ic.Interaction
	if i == nil {
		return
	}
	done, ok := b.begin()
	if !ok {
		b.respondNow(i, outMessage{Content: "I'm restarting. Please ask again in a minute."}, true)
		return
	}
	defer done()

	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		d := i.ApplicationCommandData()
		switch d.Name {
		case cmdAsk:
			b.onAsk(i, d)
		case cmdSources:
			b.respondNow(i, renderSources(b.deps.Library.Articles()), false)
		case cmdReindex:
			b.onReindex(i)
		case cmdAskFootnote:
			b.onAskMessage(i, d)
		default:
			b.respondNow(i, outMessage{Content: "I don't know that command (yet)."}, true)
		}
	case discordgo.InteractionMessageComponent:
		b.onVote(i)
	}
}

// recoverEvent is deferred by every event handler: a panic is logged and
// the process carries on.
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

func (b *Bot) onAsk(i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) {
	var text string
	private := false
	for _, o := range d.Options {
		switch {
		case o.Name == "question" && o.Type == discordgo.ApplicationCommandOptionString:
			text = o.StringValue()
		case o.Name == "private" && o.Type == discordgo.ApplicationCommandOptionBoolean:
			private = o.BoolValue()
		}
	}
	u := invoker(i)
	q, err := b.admit(u.ID, i.GuildID, text, false)
	if err != nil {
		b.respondNow(i, outMessage{Content: b.errorText(err)}, true)
		return
	}
	b.deferredAnswer(i, private, &request{surface: "ask", userID: u.ID, guildID: i.GuildID, q: footnote.Question{Text: q}})
}

func (b *Bot) onAskMessage(i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) {
	var target *discordgo.Message
	if d.Resolved != nil {
		target = d.Resolved.Messages[d.TargetID]
	}
	if target == nil || strings.TrimSpace(target.Content) == "" {
		b.respondNow(i, outMessage{Content: "That message has no text I can ask about."}, true)
		return
	}
	u := invoker(i)
	q, err := b.admit(u.ID, i.GuildID, target.Content, true)
	if err != nil {
		b.respondNow(i, outMessage{Content: b.errorText(err)}, true)
		return
	}
	b.deferredAnswer(i, false, &request{
		surface: "context-menu", userID: u.ID, guildID: i.GuildID,
		q:      footnote.Question{Text: q},
		prefix: "> " + escapeMarkdown(footnote.Defuse(truncate(q, 300))),
	})
}

// deferredAnswer acknowledges the interaction at once (Discord drops one
// not acknowledged within 3 s; ephemeral must be chosen now), then edits
// the response with the answer, streaming it when the answerer can.
func (b *Bot) deferredAnswer(i *discordgo.Interaction, ephemeral bool, req *request) {
	if err := b.deferResponse(i, ephemeral); err != nil {
		b.log.Error("acknowledge interaction", "interaction", i.ID, "surface", req.surface, "err", err)
		return
	}
	var st *streamer
	if _, ok := b.deps.Answerer.(footnote.StreamAnswerer); ok {
		st = startStreamer(b.cfg.StreamInterval, func(text string) {
			if _, err := b.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}); err != nil {
				b.log.Warn("stream edit", "interaction", i.ID, "err", err)
			}
		})
		req.progress = st.partial
	}
	rep, err := b.answerHandler()(b.work, req)
	if st != nil {
		st.finish()
	}
	if err != nil {
		b.log.Error("answering failed", "interaction", i.ID, "surface", req.surface, "err", err)
		rep = reply{msgs: []outMessage{{Content: b.errorText(err)}}}
	}
	b.sendInteractionReply(i, ephemeral, rep)
}

func flags(ephemeral bool) discordgo.MessageFlags {
	if ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// respondNow answers an interaction with a message right away.
func (b *Bot) respondNow(i *discordgo.Interaction, m outMessage, ephemeral bool) {
	err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			AllowedMentions: noMentions(),
			Flags:           flags(ephemeral),
		},
	})
	if err != nil {
		b.log.Error("respond to interaction", "interaction", i.ID, "err", err)
	}
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

// sendInteractionReply puts the first message in the deferred response and
// the rest in follow-up messages, and remembers them for follow-ups.
func (b *Bot) sendInteractionReply(i *discordgo.Interaction, ephemeral bool, rep reply) {
	// The buttons may be pressed as soon as the message is out: remember
	// the exchange under its vote key first.
	if rep.ex != nil && rep.voteKey != "" {
		b.mem.put("vote:"+rep.voteKey, rep.ex)
	}
	var ids []string
	for n, m := range rep.msgs {
		var sent *discordgo.Message
		var err error
		if n == 0 {
			sent, err = b.editOriginal(i, m)
		} else {
			sent, err = b.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
				Content: m.Content, Embeds: m.Embeds, Components: m.Components,
				AllowedMentions: noMentions(), Flags: flags(ephemeral),
			})
		}
		if err != nil {
			b.log.Error("send answer", "interaction", i.ID, "part", n+1, "of", len(rep.msgs), "err", err)
			return
		}
		if rep.ex != nil && sent != nil {
			b.mem.put(sent.ID, rep.ex)
			ids = append(ids, sent.ID)
		}
	}
	b.log.Debug("answer sent", "interaction", i.ID, "messages", ids)
}

// onReindex lets a moderator rebuild the index. The command's
// default_member_permissions is only a default a guild can change, so the
// member's permissions are checked here too.
func (b *Bot) onReindex(i *discordgo.Interaction) {
	switch {
	case b.deps.Reindexer == nil:
		b.respondNow(i, outMessage{Content: "Reindexing isn't available on this bot."}, true)
		return
	case i.GuildID == "" || i.Member == nil:
		b.respondNow(i, outMessage{Content: "`/reindex` only works in a server, for its moderators."}, true)
		return
	case i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0:
		b.respondNow(i, outMessage{Content: "Only members with the Manage Server permission can reindex."}, true)
		return
	}
	if err := b.deferResponse(i, true); err != nil {
		b.log.Error("acknowledge reindex", "interaction", i.ID, "err", err)
		return
	}
	start := b.deps.Now()
	stats, shared, err := b.reindexc.do(b.work, b.work, b.deps.Reindexer.Reindex)
	took := b.deps.Now().Sub(start)
	var text string
	if err != nil {
		b.log.Error("reindex failed", "interaction", i.ID, "err", err)
		text = "Reindexing failed; the previous index is still in use. The error has been logged."
		if errors.Is(err, context.Canceled) {
			text = "Reindexing was interrupted by a restart; the previous index is still in use."
		}
	} else {
		text = reindexSummary(stats, took)
		if shared {
			text += " (A reindex was already running; this is its result.)"
		}
		b.log.Info("reindexed", "by", invoker(i).ID, "guild", i.GuildID, "articles", stats.Articles,
			"paragraphs", stats.Paragraphs, "took", took.Round(time.Millisecond), "shared", shared)
	}
	if _, err := b.editOriginal(i, outMessage{Content: text}); err != nil {
		b.log.Error("send reindex result", "interaction", i.ID, "err", err)
	}
}

// onVote records a 👍/👎 and thanks the voter privately.
func (b *Bot) onVote(i *discordgo.Interaction) {
	cid := i.MessageComponentData().CustomID
	var vote, key string
	switch {
	case strings.HasPrefix(cid, voteUpPrefix):
		vote, key = "up", strings.TrimPrefix(cid, voteUpPrefix)
	case strings.HasPrefix(cid, voteDownPrefix):
		vote, key = "down", strings.TrimPrefix(cid, voteDownPrefix)
	default:
		b.respondNow(i, outMessage{Content: "That button no longer does anything."}, true)
		return
	}
	if b.votes == nil {
		b.respondNow(i, outMessage{Content: "Feedback isn't being recorded on this bot."}, true)
		return
	}
	v := Vote{
		Time: b.deps.Now().UTC(), Vote: vote, User: b.votes.hashUser(invoker(i).ID),
		GuildID: i.GuildID, Citations: []footnote.Citation{},
	}
	if ex, ok := b.mem.get("vote:" + key); ok {
		v.Question, v.Answer, v.Mode, v.Refused = ex.Question, ex.Answer.Text, ex.Answer.Mode, ex.Answer.Refused
		if ex.Answer.Citations != nil {
			v.Citations = ex.Answer.Citations
		}
	} else {
		v.Partial = true
		if i.Message != nil {
			v.Answer = i.Message.Content
		}
	}
	dup, err := b.votes.record(key, v)
	if err != nil {
		b.log.Error("record vote", "err", err)
		b.respondNow(i, outMessage{Content: "Sorry, I couldn't record your vote."}, true)
		return
	}
	if dup {
		b.respondNow(i, outMessage{Content: "You've already voted on this answer; your first vote is the one counted. Thanks!"}, true)
		return
	}
	thumb := "👍"
	if vote == "down" {
		thumb = "👎"
	}
	b.respondNow(i, outMessage{Content: "Thanks, I've noted your " + thumb + "."}, true)
}
