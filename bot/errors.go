package bot

import (
	"errors"
	"fmt"
)

// ErrInvalidToken is returned by Run when Discord rejects the token (HTTP
// 401 or gateway close 4004): retrying cannot help, so the bot stops.
var ErrInvalidToken = errors.New("discord rejected the bot token (check DISCORD_TOKEN: it must be the bot token from the developer portal's Bot page)")

// GatewayError is a gateway close code after which Discord must not be
// reconnected to, such as 4010 (invalid shard) or 4014 (disallowed intents).
type GatewayError struct {
	Code   int
	Reason string
}

func (e *GatewayError) Error() string {
	hint := ""
	switch e.Code {
	case 4010:
		hint = ": check DISCORD_SHARD_ID and DISCORD_SHARD_COUNT"
	case 4011:
		hint = ": the bot is in too many guilds for one shard; set DISCORD_SHARD_COUNT"
	case 4013, 4014:
		hint = ": enable the intent in the developer portal (Bot > Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT"
	}
	return fmt.Sprintf("discord gateway closed with %d %s%s", e.Code, e.Reason, hint)
}

// fatalCloseCode reports whether Discord documents a gateway close code
// as not worth reconnecting after.
func fatalCloseCode(code int) bool {
	switch code {
	case 4004, 4010, 4011, 4012, 4013, 4014:
		return true
	}
	return false
}
