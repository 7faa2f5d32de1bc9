package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// TestDateline: an undated page that opens with its report's full date
// has that date; a dated page, and an undated one whose opening date has
// no year ("MARRAKECH, Morocco, 11 December"), have none.
func TestDateline(t *testing.T) {
	page := func(id string, pub time.Time, open string) footnote.Article {
		return footnote.Article{ID: id, Language: "en", Published: pub, Paragraphs: []footnote.Paragraph{
			{Doc: id, N: 0, Text: "Head"}, {Doc: id, N: 1, Text: open}}}
	}
	for _, tc := range []struct {
		a    footnote.Article
		want time.Time
	}{
		{page("blog", time.Time{}, "December 4, 2017: Yesterday, Secretary of State Rex Tillerson announced the withdrawal."), time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)},
		{page("dated", time.Date(2017, 12, 5, 0, 0, 0, 0, time.UTC), "December 4, 2017: Yesterday, Tillerson announced the withdrawal."), time.Time{}},
		{page("noyear", time.Time{}, "MARRAKECH, Morocco, 11 December — The two-day conference concluded today."), time.Time{}},
	} {
		got, ok := Dateline(tc.a)
		if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
			t.Errorf("Dateline(%s) = %v, %v; want %v", tc.a.ID, got, ok, tc.want)
		}
	}
}
