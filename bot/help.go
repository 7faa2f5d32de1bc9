package bot

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// smallTalkWord reports whether w (folded) is a word of greetings or of
// questions about the bot itself ("hi! what can you do?", "help", "how
// does this work"), in the languages the corpus covers. A message made
// only of such words asks nothing of the articles: it gets the help card.
func smallTalkWord(w string) bool {
	switch w {
	case "hi", "hello", "hey", "hiya", "yo", "howdy", "greetings", "morning", "good", "evening", "afternoon", "there",
		"everyone", "all", "hallo", "hola", "bonjour", "salut", "ciao", "ola", "privet", "thanks", "thank", "thx",
		"ty", "help", "what", "can", "could", "you", "do", "does", "who", "are", "is", "it", "this", "how", "work",
		"works", "use", "i", "me", "bot", "footnote", "commands", "please", "so", "the", "a", "about", "your",
		"yourself", "tell", "ok", "okay", "cool", "nice":
		return true
	}
	return false
}

// isSmallTalk reports whether a question asks nothing of the articles: a
// greeting, "help", or a question about the bot itself, made only of the
// smallTalkWord words (any content word makes it a question).
func isSmallTalk(q string) bool {
	words := text.Words(text.Fold(q))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !smallTalkWord(w.Text) {
			return false
		}
	}
	return true
}

// maxHelpOutlets is how many outlets the help card names before "and N
// more": enough to show the range, short enough for one line.
const maxHelpOutlets = 4

// renderHelp is the help card: what the bot covers (how many articles,
// from which outlets, over which dates) and how to ask, with suggested
// questions as buttons.
func (b *Bot) renderHelp() outMessage {
	arts := b.deps.Library.Articles()
	var what string
	if len(arts) == 0 {
		what = "I answer questions about news articles, quoting and citing their paragraphs — but none are indexed yet."
	} else {
		what = fmt.Sprintf("I answer questions about **%s**%s%s, and cite the paragraphs I draw on: click a citation such as `[FP ¶3]` to open the sentence in the article.",
			text.Count(len(arts), "news article", "news articles"), outletsPhrase(arts), datesPhrase(arts))
	}
	desc := what + "\n\n**How to ask**\n" +
		"• `/ask question: …` — add `private: True` to keep the answer to yourself\n" +
		"• mention me or send me a direct message with your question\n" +
		"• on any message: **Apps → Ask Footnote**\n"
	if b.deps.ClaimChecker != nil {
		desc += "• on any message: **Apps → Check this claim** — is it what the articles say?\n"
	}
	if b.deps.Timeliner != nil {
		desc += "• `/timeline` — what happened when\n"
	}
	desc += "• `/sources` lists the articles I've read"
	m := outMessage{Embeds: []*discordgo.MessageEmbed{{Title: "Footnote answers from the news, with citations", Description: desc, Color: embedColor}}}
	if row := b.suggestionRow(); row != nil {
		m.Embeds[0].Footer = &discordgo.MessageEmbedFooter{Text: "Or try one of these:"}
		m.Components = []discordgo.MessageComponent{row}
	}
	return m
}

// outletsPhrase is " from Reuters, AP and 3 more", or "".
func outletsPhrase(arts []footnote.Article) string {
	count := map[string]int{}
	var names []string
	for _, a := range arts {
		o := outletName(a)
		if o == "" {
			continue
		}
		if count[o] == 0 {
			names = append(names, o)
		}
		count[o]++
	}
	if len(names) == 0 {
		return ""
	}
	sort.SliceStable(names, func(i, j int) bool { return count[names[i]] > count[names[j]] })
	if len(names) > maxHelpOutlets {
		return fmt.Sprintf(" from %s and %d more outlets", strings.Join(names[:maxHelpOutlets], ", "), len(names)-maxHelpOutlets)
	}
	if len(names) == 1 {
		return " from " + names[0]
	}
	return " from " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// datesPhrase is " published 2–9 Dec 2017", or "".
func datesPhrase(arts []footnote.Article) string {
	var lo, hi footnote.Article
	for _, a := range arts {
		if a.Published.IsZero() {
			continue
		}
		if lo.Published.IsZero() || a.Published.Before(lo.Published) {
			lo = a
		}
		if a.Published.After(hi.Published) {
			hi = a
		}
	}
	switch {
	case lo.Published.IsZero():
		return ""
	case lo.Published.Format("2 Jan 2006") == hi.Published.Format("2 Jan 2006"):
		return " published " + lo.Published.Format("2 Jan 2006")
	default:
		return " published " + lo.Published.Format("2 Jan 2006") + " – " + hi.Published.Format("2 Jan 2006")
	}
}

// onHelp answers /help with the help card, to its asker only.
func (b *Bot) onHelp(_ context.Context, _ *event) (reply, error) {
	return reply{msgs: []outMessage{b.renderHelp()}, private: true}, nil
}
