package bot_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/bot"
)

// failWebhooks is a transport whose webhook calls fail on the network, as
// when the connection drops: the client's error then quotes the URL.
type failWebhooks struct{}

func (failWebhooks) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.Contains(r.URL.Path, "/webhooks/") {
		return nil, errors.New("connection reset by peer")
	}
	return http.DefaultTransport.RoundTrip(r)
}

// TestLoggedErrorsCarryNoInteractionToken: discordgo's network errors
// quote the webhook URL, whose path holds the interaction's token; the log
// shows the path with the token taken out.
func TestLoggedErrorsCarryNoInteractionToken(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{HTTPClient: &http.Client{Transport: failWebhooks{}}}})
	in := h.slash(inGuild, alice, "ask", ask("Who backed the pullout?"))
	h.callback(in)
	if err := h.logs.waitFor(h.ctx(), "connection reset by peer"); err != nil {
		t.Fatal(err)
	}
	logs := h.logs.String()
	if strings.Contains(logs, in.Token) {
		t.Errorf("the interaction token is in the log:\n%s", logs)
	}
	if !strings.Contains(logs, "/webhooks/"+h.fake.AppID()+"/[redacted]") {
		t.Errorf("the failing call is not named in the log:\n%s", logs)
	}
}
