package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// rebaseTransport sends every request to base instead of the host discordgo
// wrote in the URL (its endpoint globals all point at https://discord.com):
// scheme and host are replaced and base's path, if any, is prefixed. This
// keeps discordgo's globals untouched and lets DISCORD_API_BASE point at a
// REST proxy or a fake.
type rebaseTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rebaseTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.Host = t.base.Host
	if p := strings.TrimSuffix(t.base.Path, "/"); p != "" {
		r.URL.Path = p + r.URL.Path
		if r.URL.RawPath != "" {
			r.URL.RawPath = p + r.URL.RawPath
		}
	}
	return t.next.RoundTrip(r)
}

// newHTTPClient returns a copy of base (or a fresh client) whose transport
// rebases every request onto apiBase.
func newHTTPClient(base *http.Client, apiBase string) (*http.Client, error) {
	u, err := url.Parse(apiBase)
	if err != nil {
		return nil, fmt.Errorf("parse api base: %w", err)
	}
	c := &http.Client{Timeout: 20 * time.Second}
	if base != nil {
		cp := *base
		c = &cp
	}
	next := c.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	if u.Scheme+"://"+u.Host != "https://discord.com" || strings.Trim(u.Path, "/") != "" {
		next = &rebaseTransport{base: u, next: next}
	}
	c.Transport = next
	return c, nil
}
