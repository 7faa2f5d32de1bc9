package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// request is a question from any surface, on its way to the pipeline.
type request struct {
	surface string // "ask", "context-menu", "dm", "mention", "follow-up"
	userID  string
	guildID string
	q       footnote.Question
	// prefix is shown above the answer (e.g. the message the context menu
	// asked about).
	prefix string
	// progress, if set, shows a partial answer while it is written.
	progress func(text string)
	// private is true when the answer is shown to its asker only: it
	// gets a Share button.
	private bool
	// wait is how long the question queues for its asker's turn.
	wait time.Duration
}

// reply is what a handler returns and the responder sends.
type reply struct {
	msgs []outMessage
	// ex, if set, is remembered under the sent messages' IDs (follow-ups)
	// and its vote key (feedback and Share buttons).
	ex      *exchange
	voteKey string
	// private makes the reply ephemeral (errors and refusals are shown to
	// their user only); a public acknowledgement is then deleted and the
	// reply sent as a private follow-up.
	private bool
	// modal, if set, is opened as the interaction's response instead of a
	// message (only before anything else was sent).
	modal *discordgo.InteractionResponseData
	// reaction, if set, is added to a message in a server instead of
	// replying to it (a refusal not worth a public message).
	reaction string
}

// reactionWait is the reaction to a mention refused for asking too fast.
const reactionWait = "⏳"

// answer asks the Answerer (streaming when it can and the surface shows
// progress) and renders the reply with feedback buttons.
func (b *Bot) answer(ctx context.Context, req *request) (reply, error) {
	var a footnote.Answer
	var err error
	if sa, ok := b.deps.Answerer.(footnote.StreamAnswerer); ok && req.progress != nil {
		a, err = sa.AnswerStream(ctx, req.q, req.progress)
	} else {
		a, err = b.deps.Answerer.Answer(ctx, req.q)
	}
	if err != nil {
		return reply{}, fmt.Errorf("answer %s question: %w", req.surface, err)
	}
	if a.Question == "" {
		a.Question = req.q.Text
	}
	rep := reply{
		msgs: renderAnswer(a, b.articleMap(), req.prefix, b.shownNote(a.Note, req.surface)),
		ex:   &exchange{Question: req.q.Text, Answer: a, History: req.q.History},
	}
	last := &rep.msgs[len(rep.msgs)-1]
	if a.Refused {
		// A refusal is for its asker: private where it can be, without
		// vote buttons, with questions the articles can answer.
		rep.private = true
		if row := b.suggestionRow(); row != nil {
			last.Components = append(last.Components, row)
		}
		return rep, nil
	}
	if !req.private && (req.surface == "ask" || req.surface == "mention") {
		b.asked.add(req.guildID, req.q.Text)
	}
	rep.voteKey = newKey()
	if row := answerRow(rep.voteKey, b.votes != nil, req.private); row != nil {
		last.Components = append(last.Components, row)
	}
	return rep, nil
}

// shownNote is the note an answer shows (publicNote); what it keeps from
// the public is logged.
func (b *Bot) shownNote(note, surface string) string {
	shown, hidden := publicNote(note)
	if hidden {
		b.log.Warn("answer note kept from the public", "surface", surface, "note", note)
	}
	return shown
}

func (b *Bot) articleMap() map[string]footnote.Article {
	arts := b.deps.Library.Articles()
	m := make(map[string]footnote.Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

// Custom ID prefixes of the feedback buttons.
const (
	voteUpPrefix   = "fn:vote:up:"
	voteDownPrefix = "fn:vote:down:"
)

// answerRow is the row of buttons under an answer: 👍/👎 if votes are
// recorded, "Ask a follow-up", and Share on a private answer.
func answerRow(key string, votes, private bool) discordgo.MessageComponent {
	var btns []discordgo.MessageComponent
	if votes {
		btns = append(btns,
			discordgo.Button{Label: "Helpful", Style: discordgo.SecondaryButton, CustomID: voteUpPrefix + key, Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
			discordgo.Button{Label: "Not helpful", Style: discordgo.SecondaryButton, CustomID: voteDownPrefix + key, Emoji: &discordgo.ComponentEmoji{Name: "👎"}})
	}
	btns = append(btns, discordgo.Button{Label: "Ask a follow-up", Style: discordgo.SecondaryButton, CustomID: followUpPrefix + key, Emoji: &discordgo.ComponentEmoji{Name: "💬"}})
	if private {
		btns = append(btns, discordgo.Button{Label: "Share", Style: discordgo.PrimaryButton, CustomID: sharePrefix + key, Emoji: &discordgo.ComponentEmoji{Name: "📣"}})
	}
	if len(btns) == 0 {
		return nil
	}
	return discordgo.ActionsRow{Components: btns}
}

// newKey returns a random key for a vote.
func newKey() string {
	var k [8]byte
	_, _ = rand.Read(k[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(k[:])
}
