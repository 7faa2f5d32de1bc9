package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// TestDayWithoutYearIsNearestThePublication: a day written without its
// year is shown in the year nearest the article's day, ahead or behind:
// "on Monday, December 4" in a story of Sunday 3 December 2017 is the
// next day, not 4 December 2016; "le 28 décembre" in a story of 5 January
// 2019 is the week before, not December 2019.
func TestDayWithoutYearIsNearestThePublication(t *testing.T) {
	for _, tc := range []struct {
		lang, sentence, date string
		pub                  time.Time
	}{
		{"en", "Haley wanted the United States to stay in the treaty advanced by a multinational conference in Mexico on Monday, December 4.",
			"2017-12-04", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)},
		{"es", "El gobierno chileno anunció el 4 de diciembre que no firmará el pacto migratorio de Naciones Unidas.",
			"2017-12-04", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)},
		{"fr", "Le gouvernement brésilien a annoncé le 28 décembre qu'il quitterait le pacte sur les migrations.",
			"2018-12-28", time.Date(2019, 1, 5, 0, 0, 0, 0, time.UTC)},
		{"en", "The Chilean government said on Saturday that it would not sign the migration compact.",
			"2017-12-02", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)},
	} {
		if got, ok := sentenceDate(tc.lang, tc.pub, tc.sentence); !ok {
			t.Errorf("%s %q: no event", tc.lang, tc.sentence)
		} else if got != tc.date {
			t.Errorf("%s %q dated %s, want %s", tc.lang, tc.sentence, got, tc.date)
		}
	}
}

// sentenceDate is the date the timeline shows for sentence, the second
// paragraph of an article of day pub in lang after a lead without a date.
func sentenceDate(lang string, pub time.Time, sentence string) (string, bool) {
	tl := Build([]footnote.Article{article("a", lang, pub, "Lead paragraph without any date in it at all, about something.", sentence)})
	for _, ev := range tl.Events {
		if ev.Citations[0].Paragraph == 2 {
			return ev.Date, true
		}
	}
	return "", false
}
