package timeline

import (
	"strings"
	"testing"
	"time"
)

// "last week" gives a week, not a day: the timeline shows the month the
// week lies in (or no date when the week spans two months), in the
// languages the parser reads it in, where it had shown the day seven days
// before the page as the day of the event.
func TestWeekIsNoDay(t *testing.T) {
	sat := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)    // FP's Saturday: last week is 20-26 November
	tue := time.Date(2018, 11, 20, 0, 0, 0, 0, time.UTC)   // last week is 12-18 November
	wed := time.Date(2017, 12, 6, 0, 0, 0, 0, time.UTC)    // last week is 27 November - 3 December
	fri := time.Date(2018, 12, 14, 0, 0, 0, 0, time.UTC)   // last week is 3-9 December
	fri30 := time.Date(2018, 11, 30, 0, 0, 0, 0, time.UTC) // this week is 26-30 November
	wed19 := time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC) // this week is 17-19 December, last week 10-16
	mon3 := time.Date(2018, 12, 3, 0, 0, 0, 0, time.UTC)   // last week is 26 November - 2 December
	for _, tc := range []monthCase{
		{"en", sat, "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", "2017-11"},
		{"en", tue, "The government of Hungary's prime minister announced last week the country would also quit the pact.", "2018-11"},
		{"it", tue, "Il governo ungherese ha annunciato la settimana scorsa che anche l'Ungheria lascerà il patto.", "2018-11"},
		{"pt", fri, "O governo húngaro anunciou na semana passada que também deixaria o pacto migratório.", "2018-12"},
		// A week across two months dates nothing.
		{"en", wed, "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", ""},
		// Counted, a week is a day: the writer counts from the page.
		{"en", fri, "The foreign minister said two weeks ago that the country would not sign the migration compact.", "2018-11-30"},
		// A week or a month placed by "this" or "last" in words the parser
		// does not read ("earlier this week", "la semana pasada", "la semaine
		// dernière", "vergangene Woche" after the "Die" it takes for a date,
		// "earlier this month") is the month it lies in, where the sentence
		// had been no event at all; across two months, or planned, nothing.
		{"en", fri30, "Earlier this week, the Slovak Parliament decided to ask the government not to proceed with the compact.", "2018-11"},
		{"es", wed19, "El gobierno chileno anunció la semana pasada que no firmará el pacto migratorio de la ONU.", "2018-12"},
		{"fr", wed19, "Le gouvernement belge avait annoncé la semaine dernière qu'il soutiendrait le pacte sur les migrations.", "2018-12"},
		{"de", wed19, "Die Regierung hatte vergangene Woche angekündigt, dem Migrationspakt nicht beizutreten.", "2018-12"},
		{"es", fri30, "Esta semana el Parlamento eslovaco pidió al gobierno que no apoye el pacto migratorio.", "2018-11"},
		{"en", wed19, "The vote was lower than the 164 countries that approved the agreement at a conference in Marrakech earlier this month.", "2018-12"},
		{"es", mon3, "El gobierno chileno anunció la semana pasada que no firmará el pacto migratorio de la ONU.", ""},
		{"en", fri30, "The coalition partners will meet again later this week to discuss the migration compact.", ""},
	} {
		checkMonth(t, tc)
	}
}

// On real pages imported with the crawl's manifest: the Prague Monitor's
// story of Friday 30 November 2018 shows the Slovak parliament's request
// "earlier this week" in November 2018, and the Los Angeles Times' AP story
// of 19 December 2018 the 164 countries' approval in Marrakech "earlier
// this month" in December 2018; neither sentence had been an event.
func TestPlacedWeekOnRealPages(t *testing.T) {
	tl := Build(load(t, "testdata/weekpages"))
	for _, tc := range []struct{ words, date string }{
		{"earlier this week|slovak parliament", "2018-11"},
		{"earlier this month|164 countries", "2018-12"},
	} {
		ev, ok := eventWith(tl, strings.Split(tc.words, "|")...)
		if !ok || ev.Date != tc.date {
			t.Errorf("%q: event %v dated %q, want %q", tc.words, ok, ev.Date, tc.date)
		}
	}
}
