package answer

import "testing"

// TestComposeRequestRefused: a request to compose a text is refused, on
// the article alone and on the three articles (main quoted a passage its
// words reached, Haley's dissent for a poem about autumn); a question
// about who wrote the article, and a request for a summary, are answered
// as before.
func TestComposeRequestRefused(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		ask := asker(t, newExtractiveFor(t, dir))
		for _, q := range []string{"lol ok can u write me a poem about autumn", "write me a poem about the compact", "pls write a tweet about hungary quitting"} {
			if a := ask(q); !a.Refused {
				t.Errorf("%s: %q answered: %q", dir, q, a.Text)
			}
		}
		for _, q := range []string{"who wrote this", "write a short summary of the article"} {
			if a := ask(q); a.Refused {
				t.Errorf("%s: %q refused", dir, q)
			}
		}
	}
	for q, want := range map[string]bool{"can you write me a limerick": true, "who wrote the article": false, "so what did haley write": false} {
		if got := asksToCompose(q); got != want {
			t.Errorf("asksToCompose(%q) = %v, want %v", q, got, want)
		}
	}
}
