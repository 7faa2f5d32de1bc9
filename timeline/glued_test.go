package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// A dateline glued to its sentence ("December 10, 2018The UN chief") dates
// the sentence as a dateline does, in English and in Spanish, and the
// summary shows the sentence without the glued date; a number glued to a
// word inside a sentence is no dateline.
func TestGluedDatelineLeftOutOfTheSummary(t *testing.T) {
	for _, tc := range []struct {
		lang, sentence, want, date string
	}{
		{"en", "December 10, 2018The UN chief said that in recent months there had been many falsehoods uttered about the agreement.",
			"The UN chief said that in recent months there had been many falsehoods uttered about the agreement.", "2018-12-10"},
		{"es", "10 de diciembre de 2018El jefe de la ONU dijo que en los últimos meses se habían dicho muchas falsedades sobre el pacto.",
			"El jefe de la ONU dijo que en los últimos meses se habían dicho muchas falsedades sobre el pacto.", "2018-12-10"},
		{"en", "On Monday, December 10, 2018, the leaders of 164 governments adopted the compact at the G20Summit venue in Marrakech.",
			"On Monday, December 10, 2018, the leaders of 164 governments adopted the compact at the G20Summit venue in Marrakech.", "2018-12-10"},
	} {
		a := article("news-"+tc.lang, tc.lang, time.Time{}, tc.sentence)
		tl := Build([]footnote.Article{a})
		if len(tl.Events) != 1 || tl.Events[0].Text != tc.want || tl.Events[0].Date != tc.date || tl.Events[0].Citations[0].Quote != tc.sentence {
			t.Errorf("%s: events %+v, want one of %s reading %q and quoting the sentence whole", tc.lang, tl.Events, tc.date, tc.want)
		}
	}
}
