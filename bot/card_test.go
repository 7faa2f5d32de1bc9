package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

func TestFragmentURLPointsAtTheCitedSentence(t *testing.T) {
	art := footnote.Article{URL: "https://example.org/story#top"}
	for _, tc := range []struct {
		para, quote, want string
	}{
		// The sentence holding the quote, whole when short; '-', ',' and
		// '&' are encoded as the text-fragment syntax requires.
		{"First one. Hard-won gains, R&D cuts.", "R&D cuts", "https://example.org/story#:~:text=Hard%2Dwon%20gains%2C%20R%26D%20cuts."},
		// A long sentence by its first and last words.
		{"The minister said on Friday that the country would not sign the compact at all.", "would not sign",
			"https://example.org/story#:~:text=The%20minister%20said%20on,the%20compact%20at%20all."},
		// Quotes around a sentence are left out: pages set them differently.
		{"“Nobody asked us,” he said.", "", "https://example.org/story#:~:text=Nobody%20asked%20us%2C%E2%80%9D%20he%20said."},
	} {
		got := fragmentURL(art, footnote.Paragraph{Text: tc.para}, tc.quote)
		if got != tc.want {
			t.Errorf("fragmentURL(%q, %q) =\n %s\nwant\n %s", tc.para, tc.quote, got, tc.want)
		}
		if strings.ContainsAny(got, " )>") {
			t.Errorf("%s would end a Markdown link early", got)
		}
	}
	if got := fragmentURL(footnote.Article{URL: "javascript:alert(1)"}, footnote.Paragraph{Text: "x"}, ""); got != "" {
		t.Errorf("a non-http URL was linked: %s", got)
	}
}

func TestPublicNoteKeepsOperatorDetailsOut(t *testing.T) {
	for _, note := range []string{
		"The language model is unavailable: the model server refused the API key; check OPENAI_API_KEY. This answer quotes the articles directly.",
		"The model server answered HTTP 503. This answer quotes the articles directly.",
		"The model at http://10.1.2.3:8080/v1 timed out.",
	} {
		got, hidden := publicNote(note)
		if !hidden || got != msgModelUnavailable {
			t.Errorf("publicNote(%q) = %q, %t", note, got, hidden)
		}
	}
	removed := "2 statements of the model's answer were removed because the articles don't support them."
	if got, hidden := publicNote(removed); hidden || got != removed {
		t.Errorf("a plain note was changed: %q", got)
	}
}

func TestSmallTalkIsToldApartFromQuestions(t *testing.T) {
	for q, want := range map[string]bool{
		"hi! what can you do?": true, "Hello": true, "help": true, "/help": true, "how does this work?": true,
		"hi, who backed the pullout?": false, "What did Hungary do?": false, "": false, "Bonjour, qui a quitté le pacte ?": false,
	} {
		if got := isSmallTalk(q); got != want {
			t.Errorf("isSmallTalk(%q) = %t, want %t", q, got, want)
		}
	}
}

func TestSuggestionsComeFromTheArticlesAcrossOutlets(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2018, 12, d, 0, 0, 0, 0, time.UTC) }
	arts := []footnote.Article{
		{ID: "r1", Publication: "Reuters", Title: "Hungary quits pact", Published: day(1)},
		{ID: "r2", Publication: "Reuters", Title: "Austria shuns pact", Published: day(5)},
		{ID: "a1", Publication: "AP", Title: "Poland follows", Published: day(3)},
		{ID: "x", Publication: "BBC", Published: day(9)}, // no headline
		{ID: strings.Repeat("long", 30), Publication: "NPR", Title: "Too long an ID", Published: day(9)},
	}
	var got []string
	for _, a := range suggestions(arts) {
		got = append(got, a.ID)
	}
	// One per outlet, newest first, then a second from an outlet.
	if strings.Join(got, ",") != "r2,a1,r1" {
		t.Errorf("suggestions = %v", got)
	}
}

func TestQuotedUserTextIsInert(t *testing.T) {
	got := quoteUserText("[click](https://evil.example) **b** `c` # h <@123> @everyone\n> q")
	for _, live := range []string{"[click](", "https://", "**b**", "`c`", "<@123>", "@everyone"} {
		if strings.Contains(got, live) {
			t.Errorf("%q is still live in %q", live, got)
		}
	}
}
