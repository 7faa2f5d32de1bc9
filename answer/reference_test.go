package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// A request for a citation gets the headline, author, outlet, date and
// link of the article it names, each cited to the article's ¶0, and not
// those of another article.
func TestReferenceRequest(t *testing.T) {
	e, ix := newExtractive(t)
	byID := map[string]footnote.Article{}
	for _, a := range ix.Articles() {
		byID[a.ID] = a
	}
	for q, doc := range map[string]string{
		"How do I cite the Reuters piece?":                               "078-reuters-in-hungary-quit",
		"can u give me a proper citation for the foreign policy article": "trump-boycotts-un-migration-talks",
		"APA citation for the Seattle Times story pls":                   "108-seattletimes-ap-poland",
	} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || a.Refused {
			t.Fatalf("%q: %v %+v", q, err, a)
		}
		want := byID[doc]
		for _, s := range []string{want.Title, want.URL, want.Publication, footnote.Marker(want.Label, 0)} {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%q: answer lacks %q:\n%s", q, s, a.Text)
			}
		}
		for _, c := range a.Citations {
			if c.Doc != doc || c.Paragraph != 0 {
				t.Errorf("%q: cites %s ¶%d, want only %s ¶0", q, c.Doc, c.Paragraph, doc)
			}
		}
	}
}

// Asked in a conversation, "a citation for this" is the article the last
// answer cited.
func TestReferenceFollowsConversation(t *testing.T) {
	e, ix := newExtractive(t)
	const doc = "108-seattletimes-ap-poland"
	a, err := e.Answer(context.Background(), footnote.Question{
		Text:    "citation for this pls",
		History: []footnote.Turn{{Question: "When is the Marrakech meeting?", Docs: []string{doc}}},
	})
	if err != nil || a.Refused {
		t.Fatalf("%v %+v", err, a)
	}
	for _, art := range ix.Articles() {
		if art.ID == doc && !strings.Contains(a.Text, art.Title) {
			t.Errorf("answer lacks the AP headline %q:\n%s", art.Title, a.Text)
		}
	}
}
