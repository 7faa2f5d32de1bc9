package corpus

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestFetchRefusesLocalAddressesByDefault(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>secret</p>"))
	}))
	defer srv.Close()
	_, _, err := NewURLFetcher(false).Fetch(context.Background(), srv.URL+"/page")
	if !errors.Is(err, ErrFetch) || !strings.Contains(err.Error(), "refusing to connect to 127.0.0.1") {
		t.Fatalf("err = %v, want a refusal naming the loopback address", err)
	}
	// By name too: the check is on the resolved address, not the host name.
	_, _, err = NewURLFetcher(false).Fetch(context.Background(), strings.Replace(srv.URL, "127.0.0.1", "localhost", 1))
	if err == nil || !strings.Contains(err.Error(), "refusing to connect") {
		t.Fatalf("localhost: err = %v, want a refusal", err)
	}
	if hits != 0 {
		t.Errorf("the local server was reached %d times", hits)
	}
}

func TestFetchRefusesARedirectToALocalAddress(t *testing.T) {
	local := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the redirect target was reached")
	}))
	defer local.Close()
	f := NewURLFetcher(false)
	// The redirect comes from a server the fetcher may not reach itself, so
	// it is checked through the dial hook directly.
	if err := f.checkDial("tcp", strings.TrimPrefix(local.URL, "http://"), nil); err == nil {
		t.Fatal("dial to a loopback address allowed")
	}
	for _, addr := range []string{"10.0.0.1:80", "192.168.1.1:443", "172.16.0.1:80", "169.254.169.254:80", "[::1]:80", "[fe80::1]:80", "[fd00::1]:80", "100.64.0.1:80", "0.0.0.0:80", "[::ffff:127.0.0.1]:80"} {
		if err := f.checkDial("tcp", addr, nil); err == nil {
			t.Errorf("dial to %s allowed", addr)
		}
	}
	for _, addr := range []string{"93.184.216.34:443", "[2606:2800:220:1:248:1893:25c8:1946]:443"} {
		if err := f.checkDial("tcp", addr, nil); err != nil {
			t.Errorf("dial to public %s refused: %v", addr, err)
		}
	}
}

func TestFetchWithLocalAllowed(t *testing.T) {
	var ua string
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><p>Text.</p></body></html>"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte{0x89, 'P', 'N', 'G'})
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>word</p>", 1000))
		for n := 0; n <= MaxHTMLBytes; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewURLFetcher(true)
	body, ctype, err := f.Fetch(context.Background(), srv.URL+"/moved")
	if err != nil || ctype != "text/html" || !strings.Contains(string(body), "Text.") {
		t.Fatalf("Fetch after a redirect = %q, %q, %v", body, ctype, err)
	}
	if !strings.HasPrefix(ua, "Footnote/") {
		t.Errorf("User-Agent = %q, want Footnote's own", ua)
	}
	for path, want := range map[string]string{
		"/loop":  "redirects",
		"/image": "not an HTML or text page",
		"/huge":  "cap",
		"/gone":  "404",
	} {
		if _, _, err := f.Fetch(context.Background(), srv.URL+path); !errors.Is(err, ErrFetch) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want ErrFetch saying %q", path, err, want)
		}
	}
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http://"} {
		if _, _, err := f.Fetch(context.Background(), u); !errors.Is(err, ErrFetch) {
			t.Errorf("%s: err = %v, want ErrFetch", u, err)
		}
	}
}

func TestFetchStopsWithItsContext(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := NewURLFetcher(true).Fetch(ctx, srv.URL); !errors.Is(err, ErrFetch) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want ErrFetch wrapping the cancellation", err)
	}
}
