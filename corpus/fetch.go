package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// Limits of URL fetching.
const (
	// FetchTimeout bounds one fetch, redirects included: long enough for a
	// slow news site, short enough that a dead one does not hold an import.
	FetchTimeout = 20 * time.Second
	// MaxRedirects bounds the redirects followed: sites redirect to https,
	// to www and to a canonical path; a longer chain is a loop or a trap.
	MaxRedirects = 5
	// UserAgent names Footnote honestly to the sites it fetches from.
	UserAgent = "Footnote/1.0 (article import; +https://github.com/footnote-bot/footnote)"
)

// ErrFetch is wrapped by every error of URLFetcher.
var ErrFetch = errors.New("cannot fetch")

// URLFetcher fetches pages over http and https with a timeout, a size cap
// (MaxHTMLBytes), a redirect limit and a content-type check. Unless
// AllowPrivate is set it refuses loopback, private, link-local, unique
// local, carrier-grade NAT and unspecified addresses (cloud metadata
// services live there): the address is checked when the connection is
// dialled, after DNS resolution and again on every redirect, so a name
// that resolves to such an address is refused too.
type URLFetcher struct {
	// AllowPrivate lets connections reach local addresses.
	AllowPrivate bool
	client       *http.Client
}

// NewURLFetcher returns a fetcher; allowPrivate lets it reach local
// addresses (for a server on the same machine, and tests).
func NewURLFetcher(allowPrivate bool) *URLFetcher {
	f := &URLFetcher{AllowPrivate: allowPrivate}
	dialer := &net.Dialer{Timeout: FetchTimeout, Control: f.checkDial}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us, past the address check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   FetchTimeout,
		ResponseHeaderTimeout: FetchTimeout,
		MaxIdleConns:          4,
		IdleConnTimeout:       FetchTimeout,
	}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   FetchTimeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("more than %d redirects", MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: URL", req.URL.Scheme)
			}
			return nil
		},
	}
	return f
}

// checkDial refuses a connection to a local address, given as the
// resolved ip:port about to be dialled.
func (f *URLFetcher) checkDial(network, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: not an IP address", address)
	}
	if isLocalAddr(ip) {
		return fmt.Errorf("refusing to connect to %s: a loopback, private or link-local address (set FOOTNOTE_FETCH_ALLOW_PRIVATE=true to allow)", ip)
	}
	return nil
}

// cgnat is the carrier-grade NAT range, private in practice.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

func isLocalAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() || cgnat.Contains(ip)
}

// Fetch returns the body of an http(s) URL and its content type. It fails
// for another scheme, a status other than 200, a type other than HTML or
// plain text, a body over MaxHTMLBytes, and after FetchTimeout.
func (f *URLFetcher) Fetch(ctx context.Context, rawURL string) ([]byte, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", fmt.Errorf("%w: %q is not an http(s) URL", ErrFetch, rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrFetch, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", ErrFetch, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("%w: %s answered %s", ErrFetch, rawURL, resp.Status)
	}
	ctype, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil || (ctype != "text/html" && ctype != "application/xhtml+xml" && ctype != "text/plain") {
		return nil, "", fmt.Errorf("%w: %s is %q, not an HTML or text page", ErrFetch, rawURL, resp.Header.Get("Content-Type"))
	}
	if resp.ContentLength > MaxHTMLBytes {
		return nil, "", fmt.Errorf("%w: %s is %d bytes, over the %d-byte cap", ErrFetch, rawURL, resp.ContentLength, MaxHTMLBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxHTMLBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%w: reading %s: %w", ErrFetch, rawURL, err)
	}
	if len(body) > MaxHTMLBytes {
		return nil, "", fmt.Errorf("%w: %s is over the %d-byte cap", ErrFetch, rawURL, MaxHTMLBytes)
	}
	return body, ctype, nil
}
