package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/text"
)

func bodies(t *testing.T, id string) []string {
	t.Helper()
	arts, _, err := corpus.LoadDir(testArticles)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.ID == id {
			var out []string
			for _, p := range a.Paragraphs {
				if p.N > 0 {
					out = append(out, p.Text)
				}
			}
			return out
		}
	}
	t.Fatalf("no article %s", id)
	return nil
}

// TestTitles: "the president" stands for the one president an article
// names with that title; an article naming two presidents resolves neither.
func TestTitles(t *testing.T) {
	fp := titles(bodies(t, "trump-boycotts-un-migration-talks"))
	if got := fp["president"]; got != "Donald Trump" {
		t.Errorf("Foreign Policy: the president is %q, want Donald Trump", got)
	}
	if got, ok := titles(bodies(t, "108-seattletimes-ap-poland"))["president"]; ok {
		t.Errorf("AP names Presidents Obama and Trump, yet the president is %q", got)
	}
	// "the Global Compact" is a thing's name: "the global approach" is not
	// the compact, in either article.
	for _, id := range []string{"trump-boycotts-un-migration-talks", "108-seattletimes-ap-poland"} {
		if got, ok := titles(bodies(t, id))["global"]; ok {
			t.Errorf("%s: \"global\" taken for a title of %q", id, got)
		}
	}
}

// TestResolveRefs: "She was ultimately overruled by the president" is
// credited with Haley (the subject of the sentence before) and Trump.
func TestResolveRefs(t *testing.T) {
	ps := bodies(t, "trump-boycotts-un-migration-talks")
	var p6, p7 []string
	for i, p := range ps {
		if slices.ContainsFunc(text.Sentences(p), func(s string) bool { return len(s) > 20 && s[:20] == "She was ultimately o" }) {
			p6, p7 = text.Sentences(ps[i-1]), text.Sentences(p)
		}
	}
	if p7 == nil {
		t.Fatal("no paragraph opens with “She was ultimately overruled”")
	}
	got := resolveRefs(p6, p7, titles(ps))[0]
	for _, want := range []string{"Haley", "Donald Trump"} {
		if !slices.Contains(got, want) {
			t.Errorf("references of %q: %q, want %q among them", p7[0], got, want)
		}
	}
	// Reuters: "Szijjarto told a news conference" needs no resolving;
	// a pronoun-free sentence gets nothing.
	reuters := bodies(t, "078-reuters-in-hungary-quit")
	if got := resolveRefs(nil, text.Sentences(reuters[0]), titles(reuters)); len(got[0]) != 0 {
		t.Errorf("a sentence without references resolved to %q", got[0])
	}
}

// TestReferencedNamesAnswer: a question naming Trump and Haley is answered
// by the sentence that calls them "she" and "the president".
func TestReferencedNamesAnswer(t *testing.T) {
	e, _ := newExtractive(t)
	for _, q := range []string{"Did Trump overrule Haley?", "Was Haley overruled by Trump?"} {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Refused || !strings.Contains(a.Text, "overruled by the president") {
			t.Errorf("%q answered (refused=%v) %q", q, a.Refused, a.Text)
		}
	}
}

// TestReanalysedAfterReindex: an article changed in place (here with its
// paragraphs' lengths kept) is quoted as it now reads.
func TestReanalysedAfterReindex(t *testing.T) {
	e, ix := newExtractive(t)
	ask := func() footnote.Answer {
		t.Helper()
		a, err := e.Answer(context.Background(), footnote.Question{Text: "Who overruled Haley?"})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := ask(); a.Refused || !strings.Contains(a.Text, "diplomatic sources") {
		t.Fatalf("before: %q", a.Text)
	}
	arts := slices.Clone(ix.Articles())
	for i, a := range arts {
		ps := slices.Clone(a.Paragraphs)
		for j, p := range ps {
			ps[j].Text = strings.ReplaceAll(p.Text, "diplomatic sources", "DIPLOMATIC SOURCES")
		}
		arts[i].Paragraphs = ps
	}
	if _, err := ix.Build(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	if a := ask(); a.Refused || !strings.Contains(a.Text, "DIPLOMATIC SOURCES") {
		t.Errorf("after the article changed: (refused=%v) %q", a.Refused, a.Text)
	}
}
