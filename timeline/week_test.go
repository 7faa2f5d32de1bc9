package timeline

import (
	"testing"
	"time"
)

// "last week" gives a week, not a day: the timeline shows the month the
// week lies in (or no date when the week spans two months), in the
// languages the parser reads it in, where it had shown the day seven days
// before the page as the day of the event.
func TestWeekIsNoDay(t *testing.T) {
	sat := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)  // FP's Saturday: last week is 20-26 November
	tue := time.Date(2018, 11, 20, 0, 0, 0, 0, time.UTC) // last week is 12-18 November
	wed := time.Date(2017, 12, 6, 0, 0, 0, 0, time.UTC)  // last week is 27 November - 3 December
	fri := time.Date(2018, 12, 14, 0, 0, 0, 0, time.UTC) // last week is 3-9 December
	for _, tc := range []monthCase{
		{"en", sat, "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", "2017-11"},
		{"en", tue, "The government of Hungary's prime minister announced last week the country would also quit the pact.", "2018-11"},
		{"it", tue, "Il governo ungherese ha annunciato la settimana scorsa che anche l'Ungheria lascerà il patto.", "2018-11"},
		{"pt", fri, "O governo húngaro anunciou na semana passada que também deixaria o pacto migratório.", "2018-12"},
		// A week across two months dates nothing.
		{"en", wed, "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.", ""},
		// Counted, a week is a day: the writer counts from the page.
		{"en", fri, "The foreign minister said two weeks ago that the country would not sign the migration compact.", "2018-11-30"},
	} {
		checkMonth(t, tc)
	}
}
