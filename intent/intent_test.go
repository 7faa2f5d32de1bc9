package intent

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// library returns two articles from different outlets: a 12-paragraph
// Foreign Policy piece and a 5-paragraph Reuters one, labelled as the
// corpus labels them.
func library() []footnote.Article {
	mk := func(id, pub string, n int) footnote.Article {
		a := footnote.Article{ID: id, Title: id, Publication: pub}
		for i := 0; i <= n; i++ {
			a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: i, Text: "text"})
		}
		return a
	}
	arts := []footnote.Article{
		mk("trump-boycotts-un-migration-talks", "Foreign Policy", 12),
		mk("078-reuters-in-hungary-quit", "Reuters", 5),
	}
	footnote.AssignLabels(arts)
	return arts
}

func TestParagraphReferences(t *testing.T) {
	tests := []struct {
		q    string
		n    int
		last bool
		want bool
	}{
		{"What does paragraph 7 say?", 7, false, true},
		{"Quote ¶9.", 9, false, true},
		{"quote ¶ 10", 10, false, true},
		{"para. 3 please", 3, false, true},
		{"Paragraph #4", 4, false, true},
		{"What does paragraph seven say?", 7, false, true},
		{"Summarize the third paragraph.", 3, false, true},
		{"What's in the opening paragraph?", 1, false, true},
		{"Read me the last paragraph", 0, true, true},
		{"Quote the 5th paragraph", 5, false, true},
		{"the 2nd paragraph", 2, false, true},
		{"What does the final paragraph say?", 0, true, true},
		{"Who overruled Haley?", 0, false, false},
		{"Which paragraph mentions Miller?", 0, false, false},
		{"The first meeting", 0, false, false},
	}
	for _, tt := range tests {
		in := Parse(tt.q, library())
		if in.HasParagraph != tt.want || (in.HasParagraph && (in.Paragraph != tt.n || in.Last != tt.last)) {
			t.Errorf("Parse(%q) = ¶%d last=%v ok=%v; want ¶%d last=%v ok=%v", tt.q, in.Paragraph, in.Last, in.HasParagraph, tt.n, tt.last, tt.want)
		}
	}
}

func TestResolveParagraphAcrossArticles(t *testing.T) {
	arts := library()
	fp, reuters := arts[0].ID, arts[1].ID
	tests := []struct {
		name      string
		q         string
		convo     []string
		want      string
		ambiguous []string
	}{
		{"outlet named", "What does paragraph 3 of the Reuters piece say?", nil, reuters, nil},
		{"two-word outlet named", "paragraph 3 in the foreign policy article", nil, fp, nil},
		{"label named", "What is FP ¶2?", nil, fp, nil},
		{"only one article is that long", "What does paragraph 9 say?", nil, fp, nil},
		{"both have it, nothing says which", "What does paragraph 3 say?", nil, "", []string{fp, reuters}},
		{"the conversation's article", "and paragraph 3?", []string{reuters}, reuters, nil},
		{"the question beats the conversation", "paragraph 3 of the Reuters piece", []string{fp}, reuters, nil},
		{"last paragraph is per article", "the last paragraph", []string{reuters}, reuters, nil},
		{"no article has it", "paragraph 40", nil, "", nil},
		{"a one-word outlet in lower case is a word", "what does paragraph 3 of reuters say", nil, "", []string{fp, reuters}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Parse(tt.q, arts)
			doc, cands := in.Resolve(arts, tt.convo)
			if doc != tt.want {
				t.Errorf("Resolve(%q) = %q, want %q", tt.q, doc, tt.want)
			}
			if len(tt.ambiguous) > 0 && !slices.Equal(cands, tt.ambiguous) {
				t.Errorf("Resolve(%q) candidates = %v, want %v", tt.q, cands, tt.ambiguous)
			}
			if tt.want == "" && len(tt.ambiguous) == 0 && len(cands) > 0 {
				t.Errorf("Resolve(%q) candidates = %v, want none", tt.q, cands)
			}
		})
	}
}

func TestSummaryIntent(t *testing.T) {
	for q, want := range map[string]bool{
		"What is this article about?": true,
		"Give me the gist":            true,
		"tl;dr":                       true,
		"Who overruled Haley?":        false,
		"What happened?":              true,
		"what's going on":             true,
		"What happened to the talks?": true,
	} {
		if got := Parse(q, library()).Summary; got != want {
			t.Errorf("Parse(%q).Summary = %v, want %v", q, got, want)
		}
	}
	if got := WithoutSummary("What happened to the talks?"); strings.Contains(got, "happened") || !strings.Contains(got, "talks") {
		t.Errorf("WithoutSummary kept the summary words or lost the rest: %q", got)
	}
}

func TestCitationIntent(t *testing.T) {
	for q, want := range map[string]bool{
		"can u give me a proper citation for this article": true,
		"How do I cite the Reuters piece?":                 true,
		"APA reference pls":                                true,
		"Who overruled Haley?":                             false,
		"What did the city decide?":                        false,
		"Which sources does the article cite?":             false,
	} {
		if got := Parse(q, library()).Citation; got != want {
			t.Errorf("Parse(%q).Citation = %v, want %v", q, got, want)
		}
	}
}

// An outlet whose name is an everyday word names it only as the outlet
// writes it: "what time" is not a question about Time magazine.
func TestEverydayOutletNames(t *testing.T) {
	arts := []footnote.Article{{ID: "time-piece", Publication: "Time"}, {ID: "fp", Publication: "Foreign Policy"}}
	footnote.AssignLabels(arts)
	for q, want := range map[string][]string{
		"At what time did the US tell the UN?":  nil,
		"What did Time report about Hungary?":   {"time-piece"},
		"what did foreign policy say about it?": {"fp"},
	} {
		if got := Parse(q, arts).Docs; !slices.Equal(got, want) {
			t.Errorf("Parse(%q).Docs = %v, want %v", q, got, want)
		}
	}
}

// TestFirstWord: the first word of a name is cut as text.Words cuts it,
// so that a name is looked for exactly when its first word is the
// question's.
func TestFirstWord(t *testing.T) {
	for name, want := range map[string]string{
		"The Seattle Times / AP": "The",
		"  ¿El País?":            "El",
		"fp-2017":                "fp",
		"":                       "",
		" — ":                    "",
	} {
		if got := firstWord(name); got != want {
			t.Errorf("firstWord(%q) = %q, want %q", name, got, want)
		}
	}
}

// A label the articles themselves write ("UN" for UN News, whose initials
// are those of the body it reports on) does not name the outlet: a
// question writing "the UN" is about the UN. The outlet's own name and a
// label no article writes ("FP") still name theirs.
func TestLabelWrittenByTheArticles(t *testing.T) {
	mk := func(id, pub, body string) footnote.Article {
		return footnote.Article{ID: id, Title: id, Publication: pub, Paragraphs: []footnote.Paragraph{
			{Doc: id, N: 0, Text: id + "\nPublished by " + pub + "."}, {Doc: id, N: 1, Text: body}}}
	}
	arts := []footnote.Article{
		mk("un-news", "UN News", "The compact was adopted by 164 Governments."),
		mk("fp", "Foreign Policy", "On Saturday, the U.S. mission to the UN informed Guterres."),
		mk("afp", "AFP", "The US told the UN on Sunday that it was leaving the talks."),
	}
	footnote.AssignLabels(arts)
	if arts[0].Label != "UN" || arts[1].Label != "FP" {
		t.Fatalf("labels %q, %q; want UN, FP", arts[0].Label, arts[1].Label)
	}
	for q, want := range map[string][]string{
		"On what day did the US tell the UN it was leaving the talks?": nil,
		"What did UN News say about the compact?":                      {"un-news"},
		"What does FP say the mission did?":                            {"fp"},
	} {
		in := Parse(q, arts)
		if !slices.Equal(in.Docs, want) {
			t.Errorf("Parse(%q).Docs = %v, want %v", q, in.Docs, want)
		}
		if want == nil && !strings.Contains(in.Words, "UN") {
			t.Errorf("Parse(%q).Words = %q, lost the UN", q, in.Words)
		}
	}
}

// TestLabelOthersWrite: a source label that other outlets' names or
// headlines write as a word ("UN", the initials of "UN News") names its
// article only beside a paragraph reference; a label no other article
// writes ("FP") names its article anywhere, and the outlet's own name
// always does.
func TestLabelOthersWrite(t *testing.T) {
	arts := []footnote.Article{
		{ID: "fp", Title: "Trump Boycotts U.N. Migration Talks", Publication: "Foreign Policy"},
		{ID: "un-news", Title: "Compact adopted in Marrakech", Publication: "UN News"},
		{ID: "un-press", Title: "UN conference opens stocktaking phase", Publication: "UN press release"},
	}
	footnote.AssignLabels(arts)
	if arts[1].Label != "UN" {
		t.Fatalf("UN News is labelled %q, want UN", arts[1].Label)
	}
	for q, want := range map[string][]string{
		"When did the US tell the UN it was leaving?":  nil,
		"What does UN ¶2 say?":                         {"un-news"},
		"What did UN News report about Marrakech?":     {"un-news"},
		"What did FP say about the UN?":                {"fp"},
		"What does paragraph 3 of the UN article say?": {"un-news"},
	} {
		if got := Parse(q, arts).Docs; !slices.Equal(got, want) {
			t.Errorf("Parse(%q).Docs = %v, want %v", q, got, want)
		}
	}
	// The headline alone makes the label ambiguous too.
	arts[2].Publication = "UN Geneva"
	footnote.AssignLabels(arts)
	if got := Parse("Who did the UN say regretted it?", arts).Docs; got != nil {
		t.Errorf("the UN read as the label %s: %v", arts[1].Label, got)
	}
}
