package answer

import (
	"maps"
	"strconv"
	"strings"
	"testing"
)

// TestSpanTermsAsFresh: a span's remembered analysis is what analysing it
// afresh gives (its stems and its runs' initials), in each language, on
// the spans of every sentence of three articles and after the memo is
// emptied; and a question answered with the memo full answers as with it
// empty.
func TestSpanTermsAsFresh(t *testing.T) {
	e, ix := newExtractiveOn(t, testArticles)
	for _, a := range ix.Articles() {
		for _, p := range a.Paragraphs {
			ws := strings.Fields(p.Text)
			for i := 0; i+3 <= len(ws); i += 3 {
				part := strings.Join(ws[i:min(i+8, len(ws))], " ")
				for _, code := range []string{"en", "de"} {
					got := e.spans.of(ix, code, part)
					stems, _ := termSets(ix, code, part)
					if !maps.Equal(got.stems, stems) {
						t.Fatalf("stems of %q in %s = %v, want %v", part, code, got.stems, stems)
					}
					runs := map[string]bool{}
					for in := range runInitials(part) {
						runs[in] = true
					}
					if !maps.Equal(got.para.joinedRuns(), runs) {
						t.Fatalf("runs of %q = %v, want %v", part, got.para.joinedRuns(), runs)
					}
				}
			}
		}
	}
	const q = "When did the US pull out of the migration talks?"
	warm := mustAnswer(t, e, q)
	e.spans.memo.m = nil // as when maxSpanTerms is reached
	if cold := mustAnswer(t, e, q); cold.Text != warm.Text {
		t.Errorf("answer with the memo emptied:\n%s\nwith it full:\n%s", cold.Text, warm.Text)
	}
}

// TestSpanTermsBounded: a long-running bot reading ever new spans keeps
// at most maxSpanTerms of them.
func TestSpanTermsBounded(t *testing.T) {
	e, ix := newExtractiveOn(t, testArticles)
	for i := range maxSpanTerms + 10 {
		e.spans.of(ix, "en", "the talks of "+strconv.Itoa(i))
	}
	if n := e.spans.memo.len(); n == 0 || n > maxSpanTerms {
		t.Errorf("%d spans remembered, want 1..%d", n, maxSpanTerms)
	}
}
