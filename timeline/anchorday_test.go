package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// TestAnchoredDays: an undated page's weekdays are read near the day of
// the event it shares with a dated page ("Sunday": the day after the US
// mission's Saturday), keyed by the sentence quoted; a dated page's
// sentences and an undated page that shares no event are left out.
func TestAnchoredDays(t *testing.T) {
	para := func(doc string, n int, s string) footnote.Paragraph {
		return footnote.Paragraph{Doc: doc, N: n, Text: s}
	}
	dated := footnote.Article{ID: "dated", Language: "en", Published: time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC), Paragraphs: []footnote.Paragraph{
		para("dated", 0, "Dated"),
		para("dated", 1, "On Saturday, the U.S. mission to the United Nations informed Secretary-General Antonio Guterres that it was ending its participation in the Global Compact on Migration."),
	}}
	sunday := "Amnesty International condemned the American withdrawal on Sunday."
	undated := footnote.Article{ID: "undated", Language: "en", Paragraphs: []footnote.Paragraph{
		para("undated", 0, "Undated"),
		para("undated", 1, "Washington's mission informed Secretary-General Antonio Guterres on Saturday that it was ending its participation in the Global Compact, a rights group said."),
		para("undated", 2, sunday),
	}}
	other := footnote.Article{ID: "other", Language: "en", Paragraphs: []footnote.Paragraph{
		para("other", 0, "Other"),
		para("other", 1, "Poland's cabinet met on Tuesday to discuss the budget and the coal mines of Silesia."),
	}}
	days := AnchoredDays([]footnote.Article{dated, undated, other})
	got, ok := days[footnote.Citation{Doc: "undated", Paragraph: 2, Quote: sunday}]
	if want := time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC); !ok || !got.Equal(want) {
		t.Errorf("undated Sunday = %v, %v; want %v", got, ok, want)
	}
	for c := range days {
		if c.Doc != "undated" {
			t.Errorf("%s dated by an anchor: %q", c.Doc, c.Quote)
		}
	}
}
