package bot

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
)

var marker = regexp.MustCompile(`\[¶\d+\]`)

func TestSplitText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "One. Two.", 20, []string{"One. Two."}},
		{"at sentence", "Aaaa bbb. Cccc ddd.", 12, []string{"Aaaa bbb.", "Cccc ddd."}},
		{"marker stays with its sentence", "It rose [¶1]. It fell. [¶2] Then it rose.", 24, []string{"It rose [¶1].", "It fell. [¶2]", "Then it rose."}},
		{"long sentence cut at spaces, not in a marker", "alpha beta [¶12] gamma delta", 12, []string{"alpha beta", "[¶12] gamma", "delta"}},
		{"newline is a boundary", "Line one\nLine two", 10, []string{"Line one", "Line two"}},
		{"labelled markers stay with their sentence", "It rose [FP ¶1]. It fell. [FP ¶2, ¶3] Then it rose.", 30, []string{"It rose [FP ¶1].", "It fell. [FP ¶2, ¶3]", "Then it rose."}},
		{"abbreviation is no boundary", "Yes. She met Sra. López on Monday.", 30, []string{"Yes.", "She met Sra. López on Monday."}},
		{"acronym is no boundary", "Yes. He met the U.S. envoy.", 23, []string{"Yes.", "He met the U.S. envoy."}},
		{"one huge word", strings.Repeat("x", 25), 10, []string{strings.Repeat("x", 10), strings.Repeat("x", 10), strings.Repeat("x", 5)}},
		{"multibyte counted as characters", strings.Repeat("é", 8) + ". " + strings.Repeat("ü", 8) + ".", 10, []string{strings.Repeat("é", 8) + ".", strings.Repeat("ü", 8) + "."}},
		{"empty", "  ", 10, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := splitText(tc.in, tc.limit)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("splitText(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
		})
	}
}

// TestSplitTextKeepsEverything checks, over many sizes, that the pieces fit,
// add up to the text, and carry every citation marker whole.
func TestSplitTextKeepsEverything(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "Claim number %d is supported by the article%s [¶%d]. ", i, strings.Repeat(" really", i%7), i)
	}
	text := strings.TrimSpace(b.String())
	for _, limit := range []int{40, 97, 150, 500, 2000} {
		pieces := splitText(text, limit)
		for _, p := range pieces {
			if n := utf8.RuneCountInString(p); n > limit {
				t.Fatalf("limit %d: piece of %d characters", limit, n)
			}
		}
		if got := strings.Join(pieces, " "); got != text {
			t.Fatalf("limit %d: pieces do not add up to the text", limit)
		}
		var markers int
		for _, p := range pieces {
			markers += len(marker.FindAllString(p, -1))
		}
		if markers != 60 {
			t.Fatalf("limit %d: %d whole markers, want 60", limit, markers)
		}
	}
}

func TestRenderAnswerRespectsLimits(t *testing.T) {
	art := footnote.Article{ID: "a", Title: "Title [with] brackets", URL: "https://example.org/a", Published: time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)}
	var cites []footnote.Citation
	var text strings.Builder
	for i := 1; i <= 80; i++ {
		cites = append(cites, footnote.Citation{Doc: "a", Paragraph: i, Quote: strings.Repeat(fmt.Sprintf("quote %d ", i), 40)})
		fmt.Fprintf(&text, "Sentence %d says something about @everyone [¶%d]. ", i, i)
	}
	msgs := renderAnswer(footnote.Answer{Text: text.String(), Citations: cites, Note: "Model answer replaced."}, map[string]footnote.Article{"a": art}, "", "Model answer replaced.")
	lines := 0
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m.Content); n > maxContent {
			t.Errorf("message %d: %d characters of content", i, n)
		}
		if strings.Contains(m.Content, "@everyone") {
			t.Errorf("message %d: mention not defused", i)
		}
		if len(m.Embeds) > maxEmbedsPerMessage {
			t.Errorf("message %d: %d embeds", i, len(m.Embeds))
		}
		total := 0
		for _, e := range m.Embeds {
			if n := utf8.RuneCountInString(e.Description); n > maxEmbedDescription {
				t.Errorf("message %d: embed description of %d characters", i, n)
			}
			total += embedLen(e)
			lines += strings.Count(e.Description, "\n") + 1
			if !strings.Contains(all(msgs), "[Title (with) brackets](https://example.org/a) · 2 Dec 2017") {
				t.Errorf("sources lack the linked title: %.200s", e.Description)
			}
		}
		if total > maxEmbedTotal {
			t.Errorf("message %d: %d embed characters", i, total)
		}
	}
	if lines != 81 {
		t.Errorf("%d source lines, want 81 (the article, then one per cited paragraph)", lines)
	}
	if !strings.Contains(all(msgs), "-# Model answer replaced.") {
		t.Errorf("note not shown")
	}
}

func TestRenderRefusalHasNoSources(t *testing.T) {
	msgs := renderAnswer(footnote.Answer{Text: "The articles don't say. They cover the U.N. migration talks.", Refused: true}, nil, "", "")
	if len(msgs) != 1 || len(msgs[0].Embeds) != 0 || msgs[0].Content != "The articles don't say. They cover the U.N. migration talks." {
		t.Errorf("refusal rendered as %+v", msgs)
	}
}

func TestCleanQuestion(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
	}{
		{"  Who   backed\nthe pullout? ", "Who backed the pullout?", ""},
		{"", "", "Ask me a question"},
		{"???", "", "Ask me a question"},
		{"a\x00b", "", "doesn't look like text"},
		{string([]byte{0xff, 0xfe}), "", "doesn't look like text"},
		{strings.Repeat("a", 11), "", "11 characters long"},
	} {
		got, err := cleanQuestion(tc.in, 10+len(tc.want))
		if tc.err == "" && (err != nil || got != tc.want) {
			t.Errorf("cleanQuestion(%q) = %q, %v", tc.in, got, err)
		}
		if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("cleanQuestion(%q) error = %v, want %q", tc.in, err, tc.err)
		}
	}
	if q, err := clipQuestion(strings.Repeat("word ", 50), 20); err != nil || utf8.RuneCountInString(q) > 20 || !strings.HasSuffix(q, "…") {
		t.Errorf("clipQuestion = %q, %v", q, err)
	}
}

func TestReindexSummary(t *testing.T) {
	for _, tc := range []struct {
		s    footnote.IndexStats
		took time.Duration
		want string
	}{
		{footnote.IndexStats{Articles: 1, Paragraphs: 13, Duration: 40 * time.Millisecond}, 0, "Indexed 1 article, 13 paragraphs in 40 ms."},
		{footnote.IndexStats{Articles: 2, Paragraphs: 1, Embedded: 1}, 1500 * time.Millisecond, "Indexed 2 articles, 1 paragraph in 1.5 s (1 paragraph embedded anew)."},
	} {
		if got := reindexSummary(tc.s, tc.took); got != tc.want {
			t.Errorf("reindexSummary = %q, want %q", got, tc.want)
		}
	}
}

// all is the text of msgs: contents and embeds.
func all(msgs []outMessage) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Content + "\n")
		for _, e := range m.Embeds {
			b.WriteString(e.Title + "\n" + e.Description + "\n")
		}
	}
	return b.String()
}
