package llm

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

func TestContextPassages(t *testing.T) {
	var fixture []footnote.Passage
	for n := 1; n <= len(fixtureParagraphs); n++ {
		fixture = append(fixture, footnote.Passage{Doc: fixtureDoc, N: n, Text: fixtureParagraphs[n]})
	}
	others := []footnote.Passage{{Doc: hungaryDoc, N: 1, Text: hungary1}, {Doc: polandDoc, N: 2, Text: poland2}, {Doc: hungaryDoc, N: 3, Text: hungary3}}
	words := func(ps []footnote.Passage) int {
		n := 0
		for _, p := range ps {
			n += len(strings.Fields(p.Text))
		}
		return n
	}
	tests := []struct {
		name    string
		ranked  []footnote.Passage
		atLeast int
		words   int
		want    int
	}{
		{"a short article goes in whole", fixture, DefaultPassages, DefaultContextWords, len(fixture)},
		{"three paragraphs of two other articles", others, 1, DefaultContextWords, 3},
		{"the budget stops at the paragraph that would pass it", fixture, 1, words(fixture[:4]), 4},
		{"the first paragraphs go in whatever the budget", fixture, 6, 1, 6},
		{"a budget of one word and one paragraph", others, 1, 1, 1},
	}
	for _, tt := range tests {
		got := contextPassages(tt.ranked, tt.atLeast, tt.words)
		if len(got) != tt.want {
			t.Errorf("%s: %d passages, want %d", tt.name, len(got), tt.want)
		}
		for i := range got {
			if got[i] != tt.ranked[i] {
				t.Errorf("%s: passage %d is ¶%d, want the ranking's order", tt.name, i, got[i].N)
			}
		}
	}
}

// TestLowRankedParagraphInPrompt: the ranking puts ¶9 eighth for a
// question in other words than the article's; the prompt still holds it,
// so a model's claim citing it is checked against it and shown.
func TestLowRankedParagraphInPrompt(t *testing.T) {
	ranked := []int{1, 2, 3, 5, 6, 7, 8, 9}
	const reply = "The declaration set out to discourage governments from detaining immigrant children [¶9]."
	for _, tt := range []struct {
		name  string
		edit  func(*Config)
		shown bool
	}{
		{"default context", nil, true},
		{"context of the first six paragraphs only", func(c *Config) { c.ContextWords = 1 }, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, ranked, tt.edit)
			h.srv.ScriptChat(fakeopenai.Text(reply))
			ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "what did the 2016 deal say about kids in detention?"})
			if err != nil {
				t.Fatal(err)
			}
			var prompt strings.Builder
			for _, r := range h.srv.Requests() {
				if r.Chat != nil {
					for _, m := range r.Chat.Messages {
						prompt.WriteString(m.Content)
					}
				}
			}
			inPrompt := strings.Contains(prompt.String(), "dissuade governments from detaining immigrant children")
			shown := ans.Mode == footnote.ModeLLM && strings.Contains(ans.Text, "detaining immigrant children [¶9]")
			if inPrompt != tt.shown || shown != tt.shown {
				t.Errorf("¶9 in the prompt %v, claim shown %v, want %v (%s: %q)", inPrompt, shown, tt.shown, ans.Mode, ans.Text)
			}
			assertVerified(t, h.lib, ans.Text, ans.Citations)
		})
	}
}

// TestNoReciteIntoContext: the paragraphs added for the prompt's context
// may be cited by the model, but a claim none of whose citations holds is
// not re-cited to one of them: the check would be guessing among more
// paragraphs than the ranking chose ("They met on Friday, the same day
// Trump made his decision" is not ¶2's, where Trump decided on Friday).
func TestNoReciteIntoContext(t *testing.T) {
	ranked := []int{4, 5, 6, 7, 8, 9, 2, 1, 3}
	h := newHarness(t, ranked, nil)
	h.srv.ScriptChat(fakeopenai.Text("The administration's top national security advisors met early last week [¶4]. They met on Friday, the same day Trump made his decision [¶4]."))
	ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "when did the advisers meet?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Text, "met early last week [¶4]") || strings.Contains(ans.Text, "on Friday") {
		t.Errorf("shown %q (%s), want ¶4's claim alone", ans.Text, ans.Mode)
	}
	assertVerified(t, h.lib, ans.Text, ans.Citations)
}

// TestShortRankingReadsTheArticle: when the ranking holds fewer paragraphs
// than the prompt's least (a question in other words, or in another
// language, than its article), the rest of the best-ranked paragraph's
// article follows in its order, so a model's claim citing a paragraph the
// ranking missed is checked and shown; a ranking that fills the least
// gets nothing more.
func TestShortRankingReadsTheArticle(t *testing.T) {
	for _, tt := range []struct {
		name   string
		ranked []int
		shown  bool
	}{
		{"two ranked: the article follows", []int{1, 2}, true},
		{"six ranked: nothing more", []int{1, 2, 3, 4, 5, 6}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.ranked, nil)
			h.srv.ScriptChat(fakeopenai.Text("The declaration set out to dissuade governments from detaining immigrant children [¶9]."))
			ans, err := h.a.Answer(t.Context(), footnote.Question{Text: "what did the 2016 deal say about kids in detention?"})
			if err != nil {
				t.Fatal(err)
			}
			shown := ans.Mode == footnote.ModeLLM && strings.Contains(ans.Text, "detaining immigrant children [¶9]")
			if shown != tt.shown {
				t.Errorf("claim shown %v, want %v (%s: %q)", shown, tt.shown, ans.Mode, ans.Text)
			}
			if _, dropped := footnote.CheckCitations(h.lib, ans.Citations); len(dropped) > 0 {
				t.Errorf("unverified citations shown: %+v", dropped)
			}
		})
	}
}

// TestWithArticle: the paragraphs added follow the ranked ones in the
// article's order, skip those ranked, stop at the words allowed, and come
// only when the ranking is short; on sn.dk's Danish article (coverage page
// 044) and the fixture article.
func TestWithArticle(t *testing.T) {
	dk := modelArticle(t, "denmark/044-sn-dk-usa-traekker-sig.md")
	m := paraMap{dkDoc: dk, fixtureDoc: fixtureParagraphs}
	passage := func(doc string, n int) footnote.Passage { return footnote.Passage{Doc: doc, N: n, Text: m[doc][n]} }
	nums := func(ps []footnote.Passage) []int {
		var out []int
		for _, p := range ps {
			out = append(out, p.N)
		}
		return out
	}
	words := len(strings.Fields(dk[10] + " " + dk[1] + " " + dk[2]))
	for _, tt := range []struct {
		name    string
		ranked  []footnote.Passage
		atLeast int
		words   int
		want    []int
	}{
		{"Danish, whole", []footnote.Passage{passage(dkDoc, 10)}, 6, DefaultContextWords, []int{10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11}},
		{"Danish, within the words", []footnote.Passage{passage(dkDoc, 10)}, 6, words, []int{10, 1, 2}},
		{"fixture, enough ranked", []footnote.Passage{passage(fixtureDoc, 3), passage(fixtureDoc, 2)}, 2, DefaultContextWords, []int{3, 2}},
		{"fixture, short", []footnote.Passage{passage(fixtureDoc, 3), passage(fixtureDoc, 2)}, 3, DefaultContextWords, []int{3, 2, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
	} {
		got := nums(withArticle(tt.ranked, m, tt.atLeast, tt.words))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: ¶%v, want ¶%v", tt.name, got, tt.want)
		}
	}
}
