package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Command names.
const (
	cmdAsk         = "ask"
	cmdSources     = "sources"
	cmdReindex     = "reindex"
	cmdHelp        = "help"
	cmdAskFootnote = "Ask Footnote"
	cmdTimeline    = "timeline"
	cmdCheckClaim  = "Check this claim"
	cmdSource      = "source"
)

// commands returns the application commands the bot registers.
func (b *Bot) commands() []*discordgo.ApplicationCommand {
	// Installed to a server or to a user's account; usable in servers, in
	// the bot's DM and, user-installed, in other DMs and group DMs.
	everywhere := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel}
	anyInstall := &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
	minLen := 1
	cmds := []*discordgo.ApplicationCommand{
		{
			Name:        cmdAsk,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Ask a question about the articles; the answer cites its paragraphs.",
			Contexts:    everywhere, IntegrationTypes: anyInstall,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: "question", Required: true,
					Description: "Your question, e.g. Who backed the pullout?",
					MinLength:   &minLen, MaxLength: min(b.cfg.MaxQuestionLen, 6000), // Discord caps string options at 6000
					Autocomplete: true,
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
					Description: "Only you see the answer.",
				},
			},
		},
		{
			Name:        cmdSources,
			Type:        discordgo.ChatApplicationCommand,
			Description: "List the articles I answer from, with dates and links.",
			Contexts:    everywhere, IntegrationTypes: anyInstall,
		},
		{
			Name:        cmdHelp,
			Type:        discordgo.ChatApplicationCommand,
			Description: "What I cover and how to ask me.",
			Contexts:    everywhere, IntegrationTypes: anyInstall,
		},
		{
			Name:     cmdAskFootnote,
			Type:     discordgo.MessageApplicationCommand,
			Contexts: everywhere, IntegrationTypes: anyInstall,
		},
	}
	if b.deps.Timeliner != nil {
		cmds = append(cmds, &discordgo.ApplicationCommand{
			Name:        cmdTimeline,
			Type:        discordgo.ChatApplicationCommand,
			Description: "What happened when: the dated events of the articles, oldest first.",
			Contexts:    everywhere, IntegrationTypes: anyInstall,
		})
	}
	if b.deps.ClaimChecker != nil {
		cmds = append(cmds, &discordgo.ApplicationCommand{
			Name:     cmdCheckClaim,
			Type:     discordgo.MessageApplicationCommand,
			Contexts: everywhere, IntegrationTypes: anyInstall,
		})
	}
	if b.deps.Reindexer != nil {
		cmds = append(cmds, moderatorCommand(cmdReindex, "Rebuild the index from the articles (moderators only).", nil))
	}
	if b.deps.Importer != nil {
		cmds = append(cmds, moderatorCommand(cmdSource, "Add an article from its link, or remove one (moderators only).",
			[]*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionSubCommand, Name: subSourceAdd,
					Description: "Fetch an article from its link, import it and reindex.",
					Options: []*discordgo.ApplicationCommandOption{{
						Type: discordgo.ApplicationCommandOptionString, Name: optSourceURL, Required: true,
						Description: "The article's link, http:// or https://", MinLength: &minLen, MaxLength: maxSourceURL,
					}},
				},
				{
					Type: discordgo.ApplicationCommandOptionSubCommand, Name: subSourceRemove,
					Description: "Remove an article and reindex.",
					Options: []*discordgo.ApplicationCommandOption{{
						Type: discordgo.ApplicationCommandOptionString, Name: optSourceID, Required: true,
						Description: "The article, by its title or outlet", Autocomplete: true,
					}},
				},
			}))
	}
	return cmds
}

// moderatorCommand is a server command shown by default to members with
// the Manage Server permission. That is only a default: a guild's admins
// can change who sees it, so its handler checks the member's permissions
// again (see checkModerator).
func moderatorCommand(name, description string, opts []*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	return &discordgo.ApplicationCommand{
		Name: name, Type: discordgo.ChatApplicationCommand, Description: description, Options: opts,
		DefaultMemberPermissions: &manageGuild,
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		IntegrationTypes:         &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall},
	}
}

// registerCommands overwrites the bot's commands in Config.GuildID, or
// globally if it is empty.
func (b *Bot) registerCommands(ctx context.Context) error {
	appID := b.appID()
	if appID == "" {
		return fmt.Errorf("register commands: no application ID in READY")
	}
	got, err := b.s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, b.commands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	scope := "globally"
	if b.cfg.GuildID != "" {
		scope = "in guild " + b.cfg.GuildID
	}
	b.log.Info("commands registered", "count", len(got), "scope", scope)
	return nil
}

// appID is the application ID from READY (for bots, the bot user's ID).
func (b *Bot) appID() string {
	b.s.State.RLock()
	defer b.s.State.RUnlock()
	if a := b.s.State.Application; a != nil && a.ID != "" {
		return a.ID
	}
	if u := b.s.State.User; u != nil {
		return u.ID
	}
	return ""
}
