package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// TestOpeningAdverbialIsNoDateline: an undated page whose first sentence
// opens with the day of the event it tells ("On 3 December 2017,
// President Donald Trump opted out …", "El 10 de diciembre de 2018, los
// líderes …") has no publication day: its headline is no event of that
// day (IRIN's "UN global compact for migration must be made fit for
// purpose" had joined Lajcak's regret of the 3rd by the coverage's common
// words), while the sentence keeps its own date.
func TestOpeningAdverbialIsNoDateline(t *testing.T) {
	for _, tc := range []struct{ lang, title, lead, date, other string }{
		{"en", "UN global compact for migration must be made fit for purpose",
			"On 3 December 2017, President Donald Trump opted out of the UN Global Compact for Migration on the basis of sovereignty.", "2017-12-03",
			"UN General Assembly President Lajcak on Sunday expressed regret over the US decision to withdraw from the UN global compact for migration."},
		{"es", "El pacto mundial de migración debe adaptarse a su propósito",
			"El 10 de diciembre de 2018, los líderes de los países de la ONU adoptaron en Marrakech el pacto mundial sobre migración.", "2018-12-10",
			"El presidente chileno dijo este lunes que el pacto mundial de migración no se adapta a su propósito para Chile."},
	} {
		a := article("a", tc.lang, time.Time{}, tc.lead, "The compact only aims to establish a framework of cooperation between states.")
		a.Title = tc.title
		a.Paragraphs[0].Text = tc.title
		// A dated story of that day, in the coverage's common words.
		b := article("b", tc.lang, time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC), tc.other)
		if tc.lang == "es" {
			b.Published = time.Date(2018, 12, 10, 0, 0, 0, 0, time.UTC)
		}
		tl := Build([]footnote.Article{a, b})
		lead := false
		for _, ev := range tl.Events {
			for _, c := range ev.Citations {
				if c.Doc == "a" && c.Paragraph == 0 {
					t.Errorf("%s: the headline is an event of %s: %+v", tc.lang, ev.Date, ev)
				}
				if c.Doc == "a" && c.Paragraph == 1 {
					lead = ev.Date == tc.date
				}
			}
		}
		if !lead {
			t.Errorf("%s: events %+v, want the lead's event of %s", tc.lang, tl.Events, tc.date)
		}
	}
}
