package fakediscord

import (
	"strconv"
	"time"
)

// Permission bits used by the tests.
const (
	PermAdministrator = 1 << 3
	PermManageGuild   = 1 << 5
	PermSendMessages  = 1 << 11
)

// User is a Discord user in dispatched events.
type User struct {
	ID   string
	Name string
	Bot  bool
}

func (u User) json() map[string]any {
	return map[string]any{
		"id": u.ID, "username": u.Name, "discriminator": "0", "global_name": u.Name,
		"avatar": nil, "bot": u.Bot, "public_flags": 0,
	}
}

// Where says where an interaction or message happens: a guild channel
// (GuildID set) or a DM (GuildID empty).
type Where struct {
	GuildID   string
	ChannelID string
	// Permissions are the invoking member's computed permissions in a guild.
	Permissions int64
}

// Option is one slash-command option.
type Option struct {
	Name  string
	Type  int // 1 subcommand, 3 string, 5 boolean, ...
	Value any
	// Options are a subcommand's options.
	Options []Option
}

// json is the option as Discord sends it.
func (o Option) json() map[string]any {
	m := map[string]any{"name": o.Name, "type": o.Type}
	if o.Value != nil {
		m["value"] = o.Value
	}
	if len(o.Options) > 0 {
		var sub []any
		for _, so := range o.Options {
			sub = append(sub, so.json())
		}
		m["options"] = sub
	}
	return m
}

// Interaction identifies a dispatched interaction.
type Interaction struct {
	ID    string
	Token string
}

// CallbackRoute is the route of the interaction's initial response.
func (i Interaction) CallbackRoute() string {
	return "/interactions/" + i.ID + "/" + i.Token + "/callback"
}

// OriginalRoute is the route that edits the interaction's original response.
func (i Interaction) OriginalRoute(appID string) string {
	return "/webhooks/" + appID + "/" + i.Token + "/messages/@original"
}

// FollowupRoute is the route of the interaction's follow-up messages.
func (i Interaction) FollowupRoute(appID string) string {
	return "/webhooks/" + appID + "/" + i.Token
}

func (s *Server) newInteraction(w Where, u User, typ int, data map[string]any, msg map[string]any) (Interaction, map[string]any) {
	s.mu.Lock()
	id := s.newIDLocked()
	token := "aW50ZXJhY3Rpb246" + id + ":tok"
	in := &interaction{id: id, token: token, channelID: w.ChannelID}
	s.inters[id] = in
	s.byToken[token] = in
	s.mu.Unlock()

	ev := map[string]any{
		"id": id, "application_id": s.opts.AppID, "type": typ, "data": data,
		"channel_id": w.ChannelID, "token": token, "version": 1,
		"locale": "en-US", "app_permissions": "562949953601536",
		"entitlements": []any{}, "authorizing_integration_owners": map[string]any{"0": w.GuildID},
	}
	if msg != nil {
		ev["message"] = msg
	}
	if w.GuildID != "" {
		ev["guild_id"] = w.GuildID
		ev["guild_locale"] = "en-US"
		ev["context"] = 0
		ev["member"] = map[string]any{
			"user": u.json(), "roles": []any{}, "nick": nil, "avatar": nil,
			"joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false,
			"flags": 0, "pending": false, "permissions": strconv.FormatInt(w.Permissions, 10),
		}
		ev["channel"] = map[string]any{"id": w.ChannelID, "type": 0, "guild_id": w.GuildID, "name": "general"}
	} else {
		ev["user"] = u.json()
		ev["context"] = 1
		ev["channel"] = map[string]any{"id": w.ChannelID, "type": 1}
	}
	return Interaction{ID: id, Token: token}, ev
}

// SlashCommand dispatches INTERACTION_CREATE for a chat-input command.
func (s *Server) SlashCommand(w Where, u User, name string, opts ...Option) (Interaction, error) {
	var os []any
	for _, o := range opts {
		os = append(os, o.json())
	}
	data := map[string]any{"id": s.NewID(), "name": name, "type": 1}
	if len(os) > 0 {
		data["options"] = os
	}
	in, ev := s.newInteraction(w, u, 2, data, nil)
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// Autocomplete dispatches INTERACTION_CREATE for the autocomplete of a
// slash command's string option, focused, with what the user has typed.
func (s *Server) Autocomplete(w Where, u User, name, option, typed string) (Interaction, error) {
	data := map[string]any{"id": s.NewID(), "name": name, "type": 1,
		"options": []any{map[string]any{"name": option, "type": 3, "value": typed, "focused": true}}}
	in, ev := s.newInteraction(w, u, 4, data, nil)
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// SubcommandAutocomplete is Autocomplete for an option of a subcommand.
func (s *Server) SubcommandAutocomplete(w Where, u User, name, sub, option, typed string) (Interaction, error) {
	data := map[string]any{"id": s.NewID(), "name": name, "type": 1,
		"options": []any{map[string]any{"name": sub, "type": 1,
			"options": []any{map[string]any{"name": option, "type": 3, "value": typed, "focused": true}}}}}
	in, ev := s.newInteraction(w, u, 4, data, nil)
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// MessageCommand dispatches INTERACTION_CREATE for a message context-menu
// command whose target is a message by author with the given content.
func (s *Server) MessageCommand(w Where, u User, name string, author User, content string) (Interaction, error) {
	target := s.NewID()
	msg := s.messageJSON(target, w, author, content, nil)
	data := map[string]any{
		"id": s.NewID(), "name": name, "type": 3, "target_id": target,
		"resolved": map[string]any{"messages": map[string]any{target: msg}},
	}
	in, ev := s.newInteraction(w, u, 2, data, nil)
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// ModalSubmit dispatches INTERACTION_CREATE for the submission of a modal
// with customID opened from the stored message messageID, whose text
// inputs hold values (by their custom IDs).
func (s *Server) ModalSubmit(w Where, u User, messageID, customID string, values map[string]string) (Interaction, error) {
	var rows []any
	for id, v := range values {
		rows = append(rows, map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": id, "value": v}}})
	}
	in, ev := s.newInteraction(w, u, 5, map[string]any{"custom_id": customID, "components": rows}, s.messageOrStub(w, messageID))
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// ButtonClick dispatches INTERACTION_CREATE for a click on a button with
// customID under the stored message messageID.
func (s *Server) ButtonClick(w Where, u User, messageID, customID string) (Interaction, error) {
	data := map[string]any{"custom_id": customID, "component_type": 2}
	in, ev := s.newInteraction(w, u, 3, data, s.messageOrStub(w, messageID))
	return in, s.Dispatch("INTERACTION_CREATE", ev)
}

// messageOrStub is the stored message messageID, or an empty one by the
// bot with that ID.
func (s *Server) messageOrStub(w Where, messageID string) map[string]any {
	if msg := s.Message(messageID); msg != nil {
		return msg
	}
	return s.messageJSON(messageID, w, User{ID: s.opts.AppID, Name: s.opts.BotName, Bot: true}, "", nil)
}

// SendMessage dispatches MESSAGE_CREATE for a message by author, stores it,
// and returns its ID. mentions lists the users the message mentions; replyTo,
// if set, makes it a reply to that stored message.
func (s *Server) SendMessage(w Where, author User, content string, mentions []User, replyTo string) (string, error) {
	id := s.NewID()
	msg := s.messageJSON(id, w, author, content, mentions)
	if replyTo != "" {
		msg["type"] = 19
		msg["message_reference"] = map[string]any{"message_id": replyTo, "channel_id": w.ChannelID, "guild_id": w.GuildID, "type": 0}
		if ref := s.Message(replyTo); ref != nil {
			msg["referenced_message"] = ref
		}
	}
	s.mu.Lock()
	s.messages[id] = msg
	s.mu.Unlock()
	return id, s.Dispatch("MESSAGE_CREATE", msg)
}

func (s *Server) messageJSON(id string, w Where, author User, content string, mentions []User) map[string]any {
	ms := []any{}
	for _, u := range mentions {
		ms = append(ms, u.json())
	}
	m := map[string]any{
		"id": id, "type": 0, "channel_id": w.ChannelID, "author": author.json(),
		"content": content, "timestamp": time.Now().UTC().Format(time.RFC3339Nano),
		"edited_timestamp": nil, "tts": false, "mention_everyone": false,
		"mentions": ms, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{},
		"pinned": false, "flags": 0, "components": []any{},
	}
	if w.GuildID != "" {
		m["guild_id"] = w.GuildID
		m["member"] = map[string]any{"roles": []any{}, "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false}
	}
	return m
}

// BotUser is the bot as a User, for mentions.
func (s *Server) BotUser() User {
	return User{ID: s.opts.AppID, Name: s.opts.BotName, Bot: true}
}
