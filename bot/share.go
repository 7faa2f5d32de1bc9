package bot

import (
	"context"
	"strings"
)

// sharePrefix starts the custom ID of the Share button of a private
// answer; the answer's key follows.
const sharePrefix = "fn:share:"

// onShare posts a private answer to the channel, as its asker chose: the
// question quoted, who shared it, the answer card.
func (b *Bot) onShare(_ context.Context, ev *event) (reply, error) {
	i := ev.i
	key := strings.TrimPrefix(i.MessageComponentData().CustomID, sharePrefix)
	ex, ok := b.mem.get("vote:" + key)
	if !ok {
		return reply{}, &inputError{msg: "I no longer remember that answer; ask again with `/ask` to share it."}
	}
	prefix := "-# Shared by <@" + invoker(i).ID + ">\n> " + quoteUserText(ex.Question)
	rep := reply{
		msgs: renderAnswer(ex.Answer, b.articleMap(), prefix, b.shownNote(ex.Answer.Note, "share")),
		ex:   ex, voteKey: key,
	}
	if row := answerRow(key, b.votes != nil, false); row != nil {
		last := &rep.msgs[len(rep.msgs)-1]
		last.Components = append(last.Components, row)
	}
	return rep, nil
}
