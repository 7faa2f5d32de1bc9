package bot

import (
	"sort"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote/text"
)

// Autocomplete.
const (
	// maxChoices is Discord's limit on autocomplete choices.
	maxChoices = 25
	// maxChoiceRunes is Discord's limit on a choice's name and value; a
	// longer question is not offered.
	maxChoiceRunes = 100
	// askedPerGuild is how many distinct questions a server's members
	// asked are kept for its autocomplete: more suggests rarer questions,
	// at a little memory per server.
	askedPerGuild = 200
	// askedGuilds caps the servers whose questions are kept; beyond it one
	// is forgotten for each new one.
	askedGuilds = 1000
)

// askedLog keeps, per server, the public questions its members asked and
// the articles answered: only the text and how often, never who asked.
// Private questions and DMs are not kept: a suggestion would show them to
// others.
type askedLog struct {
	mu      sync.Mutex
	byGuild map[string][]asked
}

type asked struct {
	text  string
	count int
}

func newAskedLog() *askedLog { return &askedLog{byGuild: map[string][]asked{}} }

// add records q as asked in guild (none outside servers).
func (l *askedLog) add(guild, q string) {
	if guild == "" || len([]rune(q)) > maxChoiceRunes {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	list, ok := l.byGuild[guild]
	if !ok && len(l.byGuild) >= askedGuilds {
		for g := range l.byGuild {
			delete(l.byGuild, g)
			break
		}
	}
	for n := range list {
		if strings.EqualFold(list[n].text, q) {
			list[n].count++
			return
		}
	}
	if len(list) >= askedPerGuild {
		list = list[1:]
	}
	l.byGuild[guild] = append(list, asked{text: q, count: 1})
}

// questions returns guild's asked questions, most asked first, latest
// first among equals.
func (l *askedLog) questions(guild string) []string {
	l.mu.Lock()
	list := append([]asked(nil), l.byGuild[guild]...)
	l.mu.Unlock()
	for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
		list[i], list[j] = list[j], list[i]
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].count > list[j].count })
	out := make([]string, len(list))
	for n, a := range list {
		out[n] = a.text
	}
	return out
}

// typedMatcher reports whether a candidate holds every word typed so far,
// the last one as a prefix (case and accents folded).
func typedMatcher(typed string) func(cand string) bool {
	words := text.Words(text.Fold(typed))
	return func(cand string) bool {
		have := text.Words(text.Fold(cand))
		for n, w := range words {
			found := false
			for _, h := range have {
				if h.Text == w.Text || (n == len(words)-1 && strings.HasPrefix(h.Text, w.Text)) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
}

// completions are the choices for a question being typed: questions asked
// in the server before, then the articles' headlines, each holding every
// word typed so far (the last one as a prefix), at most maxChoices.
func (b *Bot) completions(guild, typed string) []*discordgo.ApplicationCommandOptionChoice {
	matches := typedMatcher(typed)
	cands := b.asked.questions(guild)
	for _, a := range newestFirst(b.deps.Library.Articles()) {
		cands = append(cands, suggestedQuestion(a))
	}
	var out []*discordgo.ApplicationCommandOptionChoice
	seen := map[string]bool{}
	for _, c := range cands {
		key := text.Fold(c)
		if c == "" || seen[key] || len([]rune(c)) > maxChoiceRunes || !matches(c) {
			continue
		}
		seen[key] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: c, Value: c})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}

// onAutocomplete answers the autocomplete of /ask's question, and of
// /source remove's article (for moderators only), at once (it only reads
// memory; Discord waits 3 s).
func (b *Bot) onAutocomplete(i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	opts := data.Options
	if data.Name == cmdSource && len(opts) == 1 {
		opts = opts[0].Options // the subcommand's
	}
	typed := ""
	for _, o := range opts {
		if o.Focused && o.Type == discordgo.ApplicationCommandOptionString {
			typed = o.StringValue()
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	switch {
	case data.Name != cmdSource:
		choices = b.completions(i.GuildID, typed)
	case b.deps.Importer != nil && checkModerator(i, cmdSource, "") == nil:
		choices = b.sourceCompletions(typed)
	}
	err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		b.log.Warn("autocomplete", "interaction", i.ID, "err", err)
	}
}
