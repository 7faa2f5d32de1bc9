package footnote

import (
	"regexp"
	"strings"
)

// zwsp is a zero-width space: inserted after an "@" it keeps the text
// readable while Discord no longer parses it as a mention.
const zwsp = "\u200b"

var (
	massMention = regexp.MustCompile(`(?i)@(everyone|here)`)
	// <@123>, <@!123> (users) and <@&123> (roles).
	idMention = regexp.MustCompile(`<@([!&]?)(\d+)>`)
)

// Defuse neutralises @everyone, @here and user and role mentions in text
// that came from a model, an article or a user, so that it cannot ping
// anyone wherever it is shown. Surfaces must still send an explicit empty
// allowed_mentions list; Defuse is the second line of defence.
func Defuse(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	s = massMention.ReplaceAllString(s, "@"+zwsp+"$1")
	return idMention.ReplaceAllString(s, "<@"+zwsp+"$1$2>")
}
