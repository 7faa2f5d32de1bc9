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
			// A mention is answered in a thread started on it; in a thread
			// the bot started, the answer stays there.
			dest, threaded := m.ChannelID, inThread
			if !inThread && m.GuildID != "" && surface == "mention" && b.cfg.MentionThreads {
				if th := b.startThread(m, q); th != "" {
					dest, threaded = th, true
					if err := b.s.ChannelTyping(th); err != nil {
						b.log.Debug("typing indicator", "err", err)
					}
				}
			}
			ev.mu.Lock()
			ev.channel = dest
			ev.mu.Unlock()
			defer b.keepTyping(dest)()
			if wait > 0 {
				if err := b.deps.Sleep(ctx, wait); err != nil {
					return reply{}, fmt.Errorf("queued %s question: %w", surface, err)
				}
			}
			req := &request{surface: surface, userID: m.Author.ID, guildID: m.GuildID, q: footnote.Question{Text: q, History: history}}
			if _, ok := b.deps.Answerer.(footnote.StreamAnswerer); ok {
				st := startStreamer(b.cfg.StreamInterval, func(text string) { b.streamToMessage(ev, text) })
				defer st.finish()
				req.progress = st.partial
			}
			rep, err := b.answer(ctx, req)
			if err == nil && threaded {
				// Before the answer is out: a reply there is a follow-up.
				b.threads.put(dest, rep.ex)
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

// sendReply sends rep for the message event ev (ev.mu held): in its
// channel (or thread), the first message as a reply to the question in a
// server channel, or as the final edit of the streamed answer; it
// remembers the sent messages for follow-ups.
func (b *Bot) sendReply(ev *event, rep reply) {
	m := ev.m
	// The buttons may be pressed as soon as the message is out: remember
	// the exchange under its vote key first.
	if rep.ex != nil && rep.voteKey != "" {
		b.mem.put("vote:"+rep.voteKey, rep.ex)
	}
	channel := ev.dest()
	var ids []string
	for n, out := range rep.msgs {
		var sent *discordgo.Message
		var err error
		if n == 0 && ev.placeholder != "" {
			embeds, comps := out.Embeds, out.Components
			if embeds == nil {
				embeds = []*discordgo.MessageEmbed{}
			}
			if comps == nil {
				comps = []discordgo.MessageComponent{}
			}
			sent, err = b.s.ChannelMessageEditComplex(&discordgo.MessageEdit{
				ID: ev.placeholder, Channel: channel, Content: &out.Content, Embeds: &embeds, Components: &comps,
				AllowedMentions: noMentions(),
			})
		} else {
			send := &discordgo.MessageSend{
				Content: out.Content, Embeds: out.Embeds, Components: out.Components,
				AllowedMentions: noMentions(),
			}
			if n == 0 {
				send.Reference = ev.replyRef()
			}
			sent, err = b.s.ChannelMessageSendComplex(channel, send)
		}
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

// streamToMessage shows a partial answer to a message: the first partial
// is sent (as the reply), later ones edit it; nothing once the reply is
// out.
func (b *Bot) streamToMessage(ev *event, text string) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.state != deferred || ev.m == nil {
		return
	}
	text = renderPartial(text)
	if ev.placeholder == "" {
		sent, err := b.s.ChannelMessageSendComplex(ev.dest(), &discordgo.MessageSend{
			Content: text, AllowedMentions: noMentions(), Reference: ev.replyRef(),
		})
		if err != nil {
			b.log.Warn("stream answer", "message", ev.m.ID, "err", err)
			return
		}
		ev.placeholder = sent.ID
		return
	}
	if _, err := b.s.ChannelMessageEditComplex(&discordgo.MessageEdit{
		ID: ev.placeholder, Channel: ev.dest(), Content: &text, AllowedMentions: noMentions(),
	}); err != nil {
		b.log.Warn("stream edit", "message", ev.m.ID, "err", err)
	}
}
