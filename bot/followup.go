package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Custom IDs of the follow-up flow: the "Ask a follow-up" button, the
// modal it opens and the modal's text input. The answer's key follows
// the prefixes.
const (
	followUpPrefix = "fn:more:"
	followUpModal  = "fn:moreq:"
	followUpInput  = "question"
)

// onFollowUpButton opens a modal asking for the follow-up question.
func (b *Bot) onFollowUpButton(_ context.Context, ev *event) (reply, error) {
	key := strings.TrimPrefix(ev.i.MessageComponentData().CustomID, followUpPrefix)
	if _, ok := b.mem.get("vote:" + key); !ok {
		return reply{}, &inputError{msg: "I no longer remember that answer; ask again with `/ask`."}
	}
	return reply{modal: &discordgo.InteractionResponseData{
		CustomID: followUpModal + key,
		Title:    "Ask a follow-up",
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.TextInput{
				CustomID: followUpInput, Label: "Your question", Style: discordgo.TextInputParagraph,
				Placeholder: "And who else backed it?", Required: true, MinLength: 1, MaxLength: min(b.cfg.MaxQuestionLen, maxTextInput),
			},
		}}},
	}}, nil
}

// maxTextInput is Discord's limit on a modal text input.
const maxTextInput = 4000

// onFollowUpSubmit answers the question typed in the modal with the
// remembered exchange as context, privately if the answer it follows was
// private.
func (b *Bot) onFollowUpSubmit(ctx context.Context, ev *event) (reply, error) {
	i := ev.i
	d := i.ModalSubmitData()
	key := strings.TrimPrefix(d.CustomID, followUpModal)
	ex, ok := b.mem.get("vote:" + key)
	if !ok {
		return reply{}, &inputError{msg: "I no longer remember that answer; ask again with `/ask`."}
	}
	var text string
	for _, row := range d.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if ti, ok := c.(*discordgo.TextInput); ok && ti.CustomID == followUpInput {
				text = ti.Value
			}
		}
	}
	return b.answerFromMessage(ctx, ev, text, false, "follow-up", ex.turns(), "")
}
