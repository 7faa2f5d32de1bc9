package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
)

// secretPath matches the token in the paths of webhook and interaction
// calls ("/webhooks/<id>/<token>", "/interactions/<id>/<token>"), which
// discordgo's errors quote in full: anyone holding one can answer or edit
// as the bot for 15 minutes.
var secretPath = regexp.MustCompile(`(/(?:webhooks|interactions)/[0-9]+/)[^/\s"?#]+`)

// redactTokens replaces the tokens in s's webhook and interaction paths.
func redactTokens(s string) string {
	return secretPath.ReplaceAllString(s, "${1}[redacted]")
}

// redacting is a slog.Handler that takes webhook and interaction tokens
// out of every message and attribute before next sees them.
type redacting struct{ next slog.Handler }

// Enabled reports whether next handles level.
func (h redacting) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle passes r on with its message and attributes redacted.
func (h redacting) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, redactTokens(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs returns a handler whose preset attributes are redacted.
func (h redacting) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = redactAttr(a)
	}
	return redacting{next: h.next.WithAttrs(red)}
}

// WithGroup returns a redacting handler for the group.
func (h redacting) WithGroup(name string) slog.Handler {
	return redacting{next: h.next.WithGroup(name)}
}

// redactAttr redacts one attribute: strings, errors and anything printed
// with %v become redacted strings; groups are redacted member by member.
func redactAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, redactTokens(v.String()))
	case slog.KindGroup:
		g := v.Group()
		red := make([]any, len(g))
		for i, m := range g {
			red[i] = redactAttr(m)
		}
		return slog.Group(a.Key, red...)
	case slog.KindAny:
		return slog.String(a.Key, redactTokens(fmt.Sprint(v.Any())))
	}
	return slog.Attr{Key: a.Key, Value: v}
}
