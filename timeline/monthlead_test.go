package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// monthArticle is an undated article whose page shows only its month.
func monthArticle(id, lang string, year int, month time.Month, paras ...string) footnote.Article {
	a := article(id, lang, time.Time{}, paras...)
	a.PublishedMonth = time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	return a
}

// A page that shows only its month shows its lead as an event of that
// month, in any language, where an undated page shows nothing; a lead
// that gives its own day keeps it.
func TestMonthPageLeadIsEventOfTheMonth(t *testing.T) {
	for _, tc := range []struct {
		name string
		page footnote.Article
		word string
		date string
	}{
		{"German speech",
			monthArticle("br24", "de", 2018, time.November,
				"Souveränität und Gesetzgebung Deutschlands würden durch die Vereinbarung nicht berührt, so Merkel in ihrem Plädoyer für den Migrationspakt.",
				"Über den Migrationspakt wird schon seit Wochen heftig diskutiert."),
			"Merkel", "2018-11"},
		{"Spanish decision",
			monthArticle("adn", "es", 2018, time.December,
				"El Presidente de la República, Sebastián Piñera, justificó la decisión de marginar al país de sumarse al Pacto Migratorio de la ONU.",
				"El gobierno explicó que el pacto no es vinculante para los países que lo firman."),
			"Piñera", "2018-12"},
		{"lead with its own day",
			monthArticle("own", "en", 2018, time.December,
				"On 10 December 2018, leaders of 164 governments adopted the Global Compact for Migration in Marrakech.",
				"The compact is not legally binding on the countries that adopted it."),
			"Marrakech", "2018-12-10"},
	} {
		ev, ok := eventWith(Build([]footnote.Article{tc.page}), tc.word)
		if !ok || ev.Date != tc.date || ev.Citations[0].Doc != tc.page.ID {
			t.Errorf("%s: event %+v (found %v), want the lead on %s", tc.name, ev, ok, tc.date)
		}
		undated := tc.page
		undated.PublishedMonth = time.Time{}
		if ev, ok := eventWith(Build([]footnote.Article{undated}), tc.word); ok && ev.Date != tc.date {
			t.Errorf("%s, no month: event %+v, want none", tc.name, ev)
		}
	}
}

// A page's month bounds what else dates it: its lead joins the event of
// a day in that month that it repeats, and takes that day; the event its
// first paragraphs tell dates its lead only within the month, otherwise
// the lead stays an event of the month.
func TestMonthPageLeadJoinsOrStaysInItsMonth(t *testing.T) {
	regret := article("xinhua", "en", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC),
		"UN General Assembly President Miroslav Lajcak on Sunday expressed regret over a U.S. decision to withdraw from the global migration compact.")
	page := monthArticle("copy", "en", 2017, time.December,
		"General Assembly President Miroslav Lajcak expressed regret over the U.S. decision to withdraw from the global migration compact.")
	ev, ok := eventWith(Build([]footnote.Article{regret, page}), "Lajcak")
	if !ok || ev.Date != "2017-12-03" || len(ev.Citations) != 2 {
		t.Errorf("lead repeating an event of its month: %+v (found %v), want one event of 2017-12-03 citing both", ev, ok)
	}
	meeting := article("release", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
		"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began today in Puerto Vallarta, Mexico.")
	lead := "El canciller Luis Videgaray lamentó la salida del gobierno de Estados Unidos del Pacto Global sobre Migración."
	telling := "En la reunión preparatoria hacia el Pacto Global para una Migración Segura, Ordenada y Regular en Puerto Vallarta, México, Videgaray señaló que México no cree en los muros."
	for _, tc := range []struct {
		month time.Month
		date  string
	}{{time.December, "2017-12-04"}, {time.November, "2017-11"}} {
		es := monthArticle("es", "es", 2017, tc.month, lead, telling)
		ev, ok := eventWith(Build([]footnote.Article{meeting, es}), "Videgaray", "lamentó")
		if !ok || ev.Date != tc.date {
			t.Errorf("page of %s: lead event %+v (found %v), want %s", tc.month, ev, ok, tc.date)
		}
	}
}
