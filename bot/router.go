package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// handler handles one routed event and returns the reply; it does not send
// it (the responder does, see respond). A handler that starts long work
// first acknowledges the event with Bot.deferReply; after that it may show
// progress with Bot.editPartial.
type handler func(ctx context.Context, ev *event) (reply, error)

// middleware wraps a handler, the way arikawa's cmdroute does: recovery,
// deadlines, logging and deferral stay out of the handlers themselves.
type middleware func(handler) handler

// route is one entry of the routing table.
type route struct {
	// key is the command name or custom ID prefix the route answers, and
	// its name in logs.
	key    string
	handle handler
	// timeout bounds the handler (the deadline of its context).
	timeout time.Duration
	// timedOut is what the user is told when the deadline passes.
	timedOut string
	// ephemeral says whether the reply, and an automatic deferral, are
	// private until the handler chooses otherwise with deferReply.
	ephemeral bool
	// update says the route's reply replaces the message whose button was
	// pressed (a page of a paged reply) instead of sending a new one.
	update bool
}

// router is the bot's routing table: application commands by name,
// message components by custom ID prefix.
type router struct {
	commands   map[string]*route
	components []*route
	// unknown answers commands and custom IDs no route takes.
	unknown *route
}

// Route timeouts that are not settings.
const (
	// quickTimeout bounds routes that only read memory or append a line
	// (/sources, votes): longer keeps a stuck disk or library from being
	// reported; shorter could cut off a slow but healthy write.
	quickTimeout = 10 * time.Second
	// reindexTimeout bounds /reindex: Discord lets a bot edit its reply to an
	// interaction for 15 minutes, so a longer reindex could not report its
	// result; a shorter one stops large reindexes that would have finished.
	// A stopped reindex leaves the previous index in place (the swap is atomic).
	reindexTimeout = 14 * time.Minute
	// autoDeferAfter is how long a handler may take before its event is
	// acknowledged with a deferred response: Discord drops an interaction not
	// acknowledged within 3 s, so later risks that on a slow link; sooner
	// turns more quick replies into an acknowledgement and an edit.
	autoDeferAfter = 1500 * time.Millisecond
)

// Messages of the routes' deadlines.
const (
	msgAnswerTimedOut  = "That took too long and I gave up. Please try again, perhaps with a shorter question."
	msgQuickTimedOut   = "That took too long and I gave up. Please try again in a moment."
	msgReindexTimedOut = "Reindexing took too long and was stopped; the previous index is still in use."
)

// newRouter builds the routing table of b's commands and buttons.
func (b *Bot) newRouter() *router {
	// Answers are private until the handler has read the question's
	// "private" option and deferred accordingly: refusals go to their user
	// only (and so would an automatic deferral, should admission ever take
	// longer than autoDeferAfter).
	answerRoute := func(key string, h handler) *route {
		return &route{key: key, handle: h, timeout: b.cfg.AnswerTimeout, timedOut: msgAnswerTimedOut, ephemeral: true}
	}
	return &router{
		commands: map[string]*route{
			cmdAsk:         answerRoute(cmdAsk, b.onAsk),
			cmdAskFootnote: answerRoute(cmdAskFootnote, b.onAskMessage),
			cmdSources:     {key: cmdSources, handle: b.onSources, timeout: quickTimeout, timedOut: msgQuickTimedOut},
			cmdHelp:        {key: cmdHelp, handle: b.onHelp, timeout: quickTimeout, timedOut: msgQuickTimedOut, ephemeral: true},
			cmdReindex:     {key: cmdReindex, handle: b.onReindex, timeout: reindexTimeout, timedOut: msgReindexTimedOut, ephemeral: true},
			cmdTimeline:    {key: cmdTimeline, handle: b.onTimeline, timeout: timelineTimeout, timedOut: msgTimelineTimedOut},
			cmdCheckClaim:  answerRoute(cmdCheckClaim, b.onCheckClaim),
			cmdSource:      {key: cmdSource, handle: b.onSource, timeout: sourceTimeout, timedOut: msgSourceTimedOut, ephemeral: true},
		},
		components: []*route{
			{key: voteUpPrefix, handle: b.onVote, timeout: quickTimeout, timedOut: msgQuickTimedOut, ephemeral: true},
			{key: voteDownPrefix, handle: b.onVote, timeout: quickTimeout, timedOut: msgQuickTimedOut, ephemeral: true},
			answerRoute(suggestPrefix, b.onSuggestion),
			{key: sharePrefix, handle: b.onShare, timeout: quickTimeout, timedOut: msgQuickTimedOut},
			{key: followUpPrefix, handle: b.onFollowUpButton, timeout: quickTimeout, timedOut: msgQuickTimedOut, ephemeral: true},
			answerRoute(followUpModal, b.onFollowUpSubmit),
			{key: sourcesPrefix, handle: b.onSourcesPage, timeout: quickTimeout, timedOut: msgQuickTimedOut, update: true},
			{key: timelinePrefix, handle: b.onTimelinePage, timeout: timelineTimeout, timedOut: msgTimelineTimedOut, update: true},
		},
		unknown: &route{key: "unknown", handle: b.onUnknown, timeout: quickTimeout, timedOut: msgQuickTimedOut, ephemeral: true},
	}
}

// match returns the route for an interaction, r.unknown if none takes it,
// or nil for an interaction that cannot be answered with a message
// (autocomplete).
func (r *router) match(i *discordgo.Interaction) *route {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		if rt, ok := r.commands[i.ApplicationCommandData().Name]; ok {
			return rt
		}
		return r.unknown
	case discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
		cid := ""
		if i.Type == discordgo.InteractionModalSubmit {
			cid = i.ModalSubmitData().CustomID
		} else {
			cid = i.MessageComponentData().CustomID
		}
		for _, rt := range r.components {
			if strings.HasPrefix(cid, rt.key) {
				return rt
			}
		}
		return r.unknown
	}
	return nil
}

// event is one interaction or message on its way through a route. Its
// mutex orders everything sent for it: the acknowledgement, streamed
// partial answers and the reply.
type event struct {
	route string
	// i is the interaction; nil for a message.
	i *discordgo.Interaction
	// m is the message; nil for an interaction.
	m *discordgo.Message

	mu        sync.Mutex
	ephemeral bool
	// update: the reply edits the message whose button was pressed.
	update bool
	state  ackState
	// channel is where a message's answer goes when not its own channel
	// (a thread started on it); placeholder is the answer streamed so
	// far, edited into the answer.
	channel     string
	placeholder string
}

// dest is the channel a message event's answer goes to; ev.mu is held.
func (ev *event) dest() string {
	if ev.channel != "" {
		return ev.channel
	}
	return ev.m.ChannelID
}

// replyRef makes an answer a reply to the question, in a server channel
// (not in a thread started on it, nor in a DM); ev.mu is held.
func (ev *event) replyRef() *discordgo.MessageReference {
	m := ev.m
	if m.GuildID == "" || ev.dest() != m.ChannelID {
		return nil
	}
	noFail := false
	return &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail}
}

// ackState is how far an event has been answered.
type ackState int

const (
	// unanswered: nothing has been sent yet.
	unanswered ackState = iota
	// deferred: the event is acknowledged (a deferred response, or the typing
	// indicator for a message); the reply edits the acknowledgement.
	deferred
	// replied: the reply is out; nothing more is sent.
	replied
)

func newInteractionEvent(rt *route, i *discordgo.Interaction) *event {
	return &event{route: rt.key, i: i, ephemeral: rt.ephemeral, update: rt.update}
}

// id is the interaction's or the message's ID, for logs.
func (ev *event) id() (kind, id string) {
	if ev.i != nil {
		return "interaction", ev.i.ID
	}
	if ev.m != nil {
		return "message", ev.m.ID
	}
	return "event", ""
}

// chain is the middleware every route runs in, outermost first. The
// timeout runs the rest on a goroutine of its own, so recovery sits inside
// it, next to the handler.
func (b *Bot) chain(rt *route) handler {
	mws := []middleware{
		b.withLogging,
		b.withDefer,
		withTimeout(rt.timeout, rt.timedOut),
		b.withRecover,
	}
	h := rt.handle
	for n := len(mws) - 1; n >= 0; n-- {
		h = mws[n](h)
	}
	return h
}

// serve runs ev through rt's middleware and handler, and sends the reply
// (or what went wrong) with respond. ctx is the bot's work context.
func (b *Bot) serve(ctx context.Context, rt *route, ev *event) {
	rep, err := b.chain(rt)(ctx, ev)
	if err != nil {
		rep = reply{msgs: []outMessage{{Content: b.errorText(err)}}, private: true}
		var rl *rateLimited
		if errors.As(err, &rl) {
			rep.reaction = reactionWait
		}
	}
	b.respond(ev, rep)
}

// deferReply acknowledges ev unless it already is: a deferred response,
// private if ephemeral (Discord fixes that with the acknowledgement), or
// the typing indicator for a message.
func (b *Bot) deferReply(ev *event, ephemeral bool) error {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.state != unanswered {
		return nil
	}
	ev.ephemeral = ephemeral
	return b.ackLocked(ev)
}

// ackLocked acknowledges ev, unanswered, with its current privacy; ev.mu
// is held.
func (b *Bot) ackLocked(ev *event) error {
	if ev.m != nil {
		ev.state = deferred
		if err := b.s.ChannelTyping(ev.m.ChannelID); err != nil {
			b.log.Debug("typing indicator", "err", err)
		}
		return nil
	}
	if ev.update {
		if err := b.s.InteractionRespond(ev.i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
			return fmt.Errorf("defer message update: %w", err)
		}
		ev.state = deferred
		return nil
	}
	if err := b.deferResponse(ev.i, ev.ephemeral); err != nil {
		return err
	}
	ev.state = deferred
	return nil
}

// editPartial shows a partial answer in ev's deferred response, unless the
// reply has been sent: a late partial must never overwrite it.
func (b *Bot) editPartial(ev *event, text string) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.state != deferred || ev.i == nil {
		return
	}
	if _, err := b.s.InteractionResponseEdit(ev.i, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}); err != nil {
		b.log.Warn("stream edit", "interaction", ev.i.ID, "err", err)
	}
}

// respond sends rep for ev: as a reply to a message, as the edit of a
// deferred response, or as the interaction's response. It is the only
// place a reply is sent, once per event.
func (b *Bot) respond(ev *event, rep reply) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	state := ev.state
	ev.state = replied
	if len(rep.msgs) == 0 {
		rep.msgs = []outMessage{{Content: "I have nothing to say to that."}}
	}
	switch {
	case state == replied:
		return
	case rep.modal != nil && state == unanswered && ev.i != nil:
		err := b.s.InteractionRespond(ev.i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal, Data: rep.modal})
		if err != nil {
			b.log.Error("open modal", "interaction", ev.i.ID, "err", err)
		}
	case ev.m != nil && ev.m.GuildID != "" && rep.reaction != "":
		// Not worth a public message: the asker sees the reaction.
		if err := b.s.MessageReactionAdd(ev.m.ChannelID, ev.m.ID, rep.reaction); err != nil {
			b.log.Warn("react to message", "message", ev.m.ID, "err", err)
		}
	case ev.m != nil:
		b.sendReply(ev, rep)
	case ev.update && !rep.private && state == unanswered:
		m := rep.msgs[0]
		err := b.s.InteractionRespond(ev.i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: &discordgo.InteractionResponseData{
			Content: m.Content, Embeds: m.Embeds, Components: m.Components, AllowedMentions: noMentions(),
		}})
		if err != nil {
			b.log.Error("update message", "interaction", ev.i.ID, "err", err)
		}
	case ev.update && rep.private && state == deferred:
		// The message whose button was pressed stays; the note goes to
		// the member alone.
		b.sendInteractionReply(ev.i, false, true, true, rep)
	default:
		// A private reply to a public acknowledgement replaces it: the
		// placeholder is deleted and the reply sent as a private follow-up.
		replace := state == deferred && !ev.ephemeral && rep.private
		if replace {
			if err := b.s.InteractionResponseDelete(ev.i); err != nil {
				b.log.Warn("delete public placeholder", "interaction", ev.i.ID, "err", err)
			}
		}
		ephemeral := ev.ephemeral || rep.private
		b.sendInteractionReply(ev.i, state == deferred && !replace, ephemeral, replace, rep)
	}
}
