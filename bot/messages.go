package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// onMessage answers direct messages, mentions in server channels (as a
// reply), and replies to the bot's answers (follow-ups), through the same
// middleware as the routes of commands. Bots, the bot itself included, and
// webhooks are ignored.
func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	defer b.recoverEvent("message")
	m := mc.Message
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" {
		return
	}
	me := b.userID()
	if me == "" || m.Author.ID == me {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	dm := m.GuildID == ""
	mentioned := mentionsUser(m, me)

	// A reply to one of the bot's answers carries that exchange, and so
	// does any message in a thread the bot started.
	var history []footnote.Turn
	followUp := false
	inThread := false
	if ex, ok := b.threads.get(m.ChannelID); ok {
		history, followUp, inThread = ex.turns(), true, true
	}
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		if ex, ok := b.mem.get(ref.MessageID); ok {
			history, followUp = ex.turns(), true
		} else if rm := m.ReferencedMessage; rm != nil && rm.Author != nil && rm.Author.ID == me && strings.TrimSpace(rm.Content) != "" {
			// Not remembered (evicted, or from before a restart): the
			// answer's text is still context, without the user text a
			// context-menu answer quotes above it.
			followUp = true
			if a := recoveredAnswer(rm.Content); a != "" {
				history = []footnote.Turn{{Answer: a}}
			}
		}
	}
	// In a server, answer only when addressed: a mention, or a reply to an
	// answer (whose text arrives only if it pings the bot or with the
	// Message Content intent).
	if !dm && !mentioned && !(followUp && strings.TrimSpace(m.Content) != "") {
		return
	}
	done, ok := b.begin()
	if !ok {
		return
	}
	defer done()

	surface := "dm"
	switch {
	case followUp:
		surface = "follow-up"
	case !dm:
		surface = "mention"
	}
	text := stripMention(m.Content, me)
	rt := &route{key: surface, timeout: b.cfg.AnswerTimeout, timedOut: msgAnswerTimedOut,
		handle: func(ctx context.Context, ev *event) (reply, error) {
			if !followUp && isSmallTalk(text) {
				return reply{msgs: []outMessage{b.renderHelp()}}, nil
			}
			q, wait, err := b.admit(m.Author.ID, m.GuildID, text, false)
			if err != nil {
				return reply{}, err
			}
			if err := b.deferReply(ev, false); err != nil {
				return reply{}, err
			}
			defer b.keepTyping(m.ChannelID)()
			if wait > 0 {
				if err := b.deps.Sleep(ctx, wait); err != nil {
					return reply{}, fmt.Errorf("queued %s question: %w", surface, err)
				}
			}
			rep, err := b.answer(ctx, &request{surface: surface, userID: m.Author.ID, guildID: m.GuildID, q: footnote.Question{Text: q, History: history}})
			if err == nil && m.GuildID != "" && (inThread || surface == "mention" && b.cfg.MentionThreads) {
				rep.thread = true
			}
			return rep, err
		}}
	b.serve(b.work, rt, &event{route: rt.key, m: m})
}

// maxRecoveredAnswer caps, in characters, the answer text recovered from a
// message the bot no longer remembers.
const maxRecoveredAnswer = 1000

// recoveredAnswer is the answer text in content, one of the bot's own
// messages, to be passed as the assistant's turn of a follow-up. The bot's
// answers can quote user text above the answer (the context menu shows the
// message it was asked about as "> …"), and that text must not reach the
// model as something the assistant said: quoted lines ("> …", and
// everything after ">>> ") are dropped, and the rest is capped at
// maxRecoveredAnswer characters.
func recoveredAnswer(content string) string {
	var kept []string
	for _, line := range strings.Split(content, "\n") {
		t := strings.TrimLeft(line, " ")
		if strings.HasPrefix(t, ">>> ") || t == ">>>" {
			break
		}
		if strings.HasPrefix(t, "> ") || t == ">" {
			continue
		}
		kept = append(kept, line)
	}
	return truncate(strings.TrimSpace(strings.Join(kept, "\n")), maxRecoveredAnswer)
}

// mentionsUser reports whether m mentions the user id.
func mentionsUser(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+id+">") || strings.Contains(m.Content, "<@!"+id+">")
}

// stripMention removes the bot's mention from a message's text.
func stripMention(s, id string) string {
	return strings.NewReplacer("<@"+id+">", " ", "<@!"+id+">", " ").Replace(s)
}

// sendReply sends rep in m's channel, the first message as a reply to m in
// a server, and remembers the sent messages for follow-ups.
func (b *Bot) sendReply(m *discordgo.Message, rep reply) {
	// The buttons may be pressed as soon as the message is out: remember
	// the exchange under its vote key first.
	if rep.ex != nil && rep.voteKey != "" {
		b.mem.put("vote:"+rep.voteKey, rep.ex)
	}
	noFail := false
	var ids []string
	channel := m.ChannelID
	if rep.thread && rep.ex != nil {
		// A mention is answered in a thread started on it; in a thread the
		// bot started, the answer stays there and becomes its context.
		_, known := b.threads.get(channel)
		if !known {
			if th := b.startThread(m, rep.ex.Question); th != "" {
				channel, known = th, true
			}
		}
		if known {
			b.threads.put(channel, rep.ex)
		}
	}
	for n, out := range rep.msgs {
		send := &discordgo.MessageSend{
			Content: out.Content, Embeds: out.Embeds, Components: out.Components,
			AllowedMentions: noMentions(),
		}
		if n == 0 && m.GuildID != "" && channel == m.ChannelID {
			send.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail}
		}
		sent, err := b.s.ChannelMessageSendComplex(channel, send)
		if err != nil {
			b.log.Error("send answer", "channel", channel, "part", n+1, "of", len(rep.msgs), "err", err)
			return
		}
		if rep.ex != nil && sent != nil {
			b.mem.put(sent.ID, rep.ex)
			ids = append(ids, sent.ID)
		}
	}
	b.log.Debug("answer sent", "message", m.ID, "messages", ids)
}
