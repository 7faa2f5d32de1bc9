package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
)

// suggestPrefix starts the custom ID of a suggested-question button; the
// article's ID follows, so the button works across restarts.
const suggestPrefix = "fn:ask:"

// Suggestions.
const (
	// maxSuggestions is how many suggested questions a refusal or the help
	// card offers: enough to show the range of the articles, few enough to
	// read at a glance.
	maxSuggestions = 3
	// maxCustomID is Discord's limit on a component's custom ID.
	maxCustomID = 100
)

// suggestions draws up to maxSuggestions articles to suggest questions
// from: their headlines, one per outlet first (the widest view of the
// coverage), newest first within that, skipping articles whose ID does not
// fit a custom ID or that have no headline.
func suggestions(arts []footnote.Article) []footnote.Article {
	var picked []footnote.Article
	usedOutlet := map[string]bool{}
	usedID := map[string]bool{}
	for pass := 0; pass < 2 && len(picked) < maxSuggestions; pass++ {
		for _, a := range newestFirst(arts) {
			if len(picked) == maxSuggestions {
				break
			}
			o := strings.ToLower(strings.TrimSpace(a.Publication))
			if usedID[a.ID] || suggestedQuestion(a) == "" || len(suggestPrefix)+len(a.ID) > maxCustomID || (pass == 0 && usedOutlet[o]) {
				continue
			}
			usedID[a.ID], usedOutlet[o] = true, true
			picked = append(picked, a)
		}
	}
	return picked
}

// newestFirst returns a copy of arts, most recently published first (the
// library's order among equal dates).
func newestFirst(arts []footnote.Article) []footnote.Article {
	out := append([]footnote.Article(nil), arts...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Published.After(out[j-1].Published); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// suggestedQuestion is the question a suggestion asks about an article:
// its headline, which names the event in the article's own words (so
// retrieval finds its lead), or "" without one.
func suggestedQuestion(a footnote.Article) string {
	return strings.Join(strings.Fields(a.Title), " ")
}

// suggestionRow is a row of buttons asking the suggested questions, or nil
// when no article has a headline.
func (b *Bot) suggestionRow() discordgo.MessageComponent {
	var btns []discordgo.MessageComponent
	for _, a := range suggestions(b.deps.Library.Articles()) {
		btns = append(btns, discordgo.Button{
			Style: discordgo.SecondaryButton, CustomID: suggestPrefix + a.ID,
			Label: truncate(suggestedQuestion(a), maxButtonLabel), Emoji: &discordgo.ComponentEmoji{Name: "💬"},
		})
	}
	if len(btns) == 0 {
		return nil
	}
	return discordgo.ActionsRow{Components: btns}
}

// onSuggestion asks the question of a suggestion button for the member
// who pressed it: privately if the button was on a private message.
func (b *Bot) onSuggestion(ctx context.Context, ev *event) (reply, error) {
	id := strings.TrimPrefix(ev.i.MessageComponentData().CustomID, suggestPrefix)
	var q string
	for _, a := range b.deps.Library.Articles() {
		if a.ID == id {
			q = suggestedQuestion(a)
			break
		}
	}
	if q == "" {
		return reply{}, &inputError{msg: "That article is no longer indexed. `/sources` lists the ones I have."}
	}
	return b.answerFromMessage(ctx, ev, q, true, "suggestion", nil, "💬 ")
}
