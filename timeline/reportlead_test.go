package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// report returns a page published on pub whose headline is its lead cut
// short with "…", as the import titles a page that shows none.
func report(id, lang string, pub time.Time, paras ...string) footnote.Article {
	a := article(id, lang, pub, paras...)
	a.Title = string([]rune(paras[0])[:60]) + " …"
	a.Paragraphs[0].Text = a.Title
	return a
}

// A dated report filed the day after what it tells shows its lead, and the
// headline cut from it, on the day of the event its first paragraphs tell
// (reportlead.go), not on its own: a Spanish page of 5 December on
// Videgaray at the Puerto Vallarta opening an English release dates the
// 4th, and an English page of 19 July on Hungary's exit a Reuters story of
// the 18th tells.
func TestReportLeadOnTheDayOfTheEventItTells(t *testing.T) {
	for _, tc := range leadTellings() {
		day, _ := time.Parse(time.DateOnly, tc.date)
		pub := day.AddDate(0, 0, 1)
		tl := Build([]footnote.Article{tc.dated, report("report", tc.lang, pub, tc.lead, tc.telling)})
		ev, ok := eventWith(tl, tc.word)
		if !ok || ev.Date != tc.date || ev.Citations[0].Doc != "report" {
			t.Errorf("%s: lead event %+v (found %v), want the report's lead on %s", tc.name, ev, ok, tc.date)
		}
		for _, ev := range tl.Events {
			if ev.Date == pub.Format(time.DateOnly) {
				t.Errorf("%s: an event stays on the report's own day: %+v", tc.name, ev)
			}
		}
	}
}

// A report's lead keeps its own day when its first paragraphs tell an
// event more than a week before it (background: a page of 20 December on
// the Puerto Vallarta meeting of the 4th) or none a dated sentence tells.
func TestReportLeadKeepsItsDay(t *testing.T) {
	meeting := article("release", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
		"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began today in Puerto Vallarta, Mexico.")
	for _, tc := range []struct {
		name  string
		pub   time.Time
		paras []string
	}{
		{"background", time.Date(2017, 12, 20, 0, 0, 0, 0, time.UTC), []string{
			"El canciller Luis Videgaray presentó el informe anual de la cancillería ante el Senado.",
			"En la reunión preparatoria hacia el Pacto Global para una Migración Segura, Ordenada y Regular en Puerto Vallarta, México, Videgaray señaló que México no cree en los muros."}},
		{"no dated telling", time.Date(2017, 12, 5, 0, 0, 0, 0, time.UTC), []string{
			"El canciller Luis Videgaray presentó el informe anual de la cancillería ante el Senado.",
			"Videgaray habló de la relación comercial con Canadá y de las inversiones europeas en el país."}},
	} {
		tl := Build([]footnote.Article{meeting, report("report", "es", tc.pub, tc.paras...)})
		ev, ok := eventWith(tl, "informe anual")
		if !ok || ev.Date != tc.pub.Format(time.DateOnly) {
			t.Errorf("%s: lead event %+v (found %v), want it on the report's day %s", tc.name, ev, ok, tc.pub.Format(time.DateOnly))
		}
	}
}
