package bot_test

import (
	"testing"

	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// benchmarkAsk measures from dispatching INTERACTION_CREATE on the fake
// gateway until the awaited request is on the fake's wire: the deferred
// callback, or the final edit carrying the answer.
func benchmarkAsk(b *testing.B, final bool) {
	h := newHarness(b, setup{cfg: func(c *bot.Config) { c.MemorySize = 100 }})
	appID := h.fake.AppID()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		from := h.fake.RequestCount()
		in, err := h.fake.SlashCommand(inGuild, alice, "ask", ask("Who backed the pullout?"))
		if err != nil {
			b.Fatal(err)
		}
		cb, orig := in.CallbackRoute(), in.OriginalRoute(appID)
		_, err = h.fake.WaitAfter(h.ctx(), from, func(r fakediscord.Request) bool {
			if final {
				return r.Method == "PATCH" && r.Route() == orig
			}
			return r.Method == "POST" && r.Route() == cb
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	// The last answer must be complete before the harness shuts down.
	if !final {
		h.wait("PATCH", "/webhooks/"+appID+"/*/messages/@original", b.N)
	}
}

func BenchmarkInteractionToDeferredCallback(b *testing.B) { benchmarkAsk(b, false) }

func BenchmarkInteractionToFinalAnswer(b *testing.B) { benchmarkAsk(b, true) }
