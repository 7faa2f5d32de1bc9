package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// A wire story's dateline dates the report: APP's "Dec 4 (APP):" lead
// and Xinhua's "Dec. 3 (Xinhua) -- … on Sunday" tell one event of Sunday
// the 3rd, not a dispute between the 3rd and the 4th; a dateline's rest is
// read for its own time ("began today", and a three-day meeting did not
// begin three days ago); a clause before a colon is no dateline.
func TestWireDatelineDatesTheReport(t *testing.T) {
	mon := time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)
	arts := []footnote.Article{
		article("app", "en", mon,
			"UNITED NATIONS, Dec 4 (APP):UN General Assembly President Miroslav Lajcak has expressed regrets over a US decision to withdraw from the global migration compact.",
			"Lajcak stressed that migration was a global phenomenon that demands a global response."),
		article("xinhua", "en", mon,
			"UNITED NATIONS, Dec. 3 (Xinhua) -- UN General Assembly President Miroslav Lajcak on Sunday expressed regret over a U.S. decision to withdraw from the global migration compact.",
			"The president of the 193-member Assembly said multilateralism remained the best way to address global challenges."),
		article("unpress", "en", mon,
			"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the intergovernmental conference began today.",
			"On Saturday, the mission said: the talks of the conference on migration would go on without the United States."),
	}
	tl := Build(arts)
	ev, ok := eventWith(tl, "Lajcak", "regret")
	if !ok || ev.Date != "2017-12-03" || ev.Disputed {
		t.Fatalf("Lajcak's regret: %+v (found %v), want one event of 2017-12-03, not disputed", ev, ok)
	}
	docs := map[string]bool{}
	for _, c := range ev.Citations {
		docs[c.Doc] = true
	}
	if !docs["app"] || !docs["xinhua"] {
		t.Errorf("Lajcak's regret cites %v, want APP and Xinhua", ev.Citations)
	}
	if ev, ok := eventWith(tl, "stocktaking"); !ok || ev.Date != "2017-12-04" {
		t.Errorf("the meeting's opening: %+v (found %v), want dated 2017-12-04", ev, ok)
	}
	if ev, ok := eventWith(tl, "mission said"); !ok || ev.Date != "2017-12-02" {
		t.Errorf("a clause before a colon read as a dateline: %+v (found %v), want dated 2017-12-02", ev, ok)
	}
}

// A story filed days after its event shows the event under its day, and
// its dateline is not the event's text there: the IISD's "7 December 2017:
// A three-day meeting … kicked off" joins the UN's telling of the opening
// on the 4th, whose text is shown. Read by the claim check's Dater, a
// dateline's rest gives the day.
func TestDatelineOfALaterDayIsNotTheSummary(t *testing.T) {
	arts := []footnote.Article{
		article("un", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
			"The preparatory stocktaking meeting of the global compact for migration began today in Puerto Vallarta, Mexico."),
		article("iisd", "en", time.Date(2017, 12, 7, 0, 0, 0, 0, time.UTC),
			"7 December 2017: A meeting in Mexico began the stocktaking phase of the preparatory process for the global compact for migration."),
	}
	tl := Build(arts)
	ev, ok := eventWith(tl, "stocktaking")
	if !ok || ev.Date != "2017-12-04" || len(ev.Citations) != 2 || strings.HasPrefix(ev.Text, "7 December") {
		t.Errorf("events %+v, want the opening on 2017-12-04 citing both, told without the later dateline", tl.Events)
	}
	for _, e := range tl.Events {
		if e.Date == "2017-12-07" {
			t.Errorf("the report's day shown as an event: %+v", e)
		}
	}
	d := NewDater(article("x", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)), "en")
	if day, ok := d.Day("UNITED NATIONS, Dec. 3 (Xinhua) -- The assembly president on Saturday regretted the decision."); !ok || day.Format("2006-01-02") != "2017-12-02" {
		t.Errorf("Dater.Day = %v %v, want the rest's Saturday, 2017-12-02", day, ok)
	}
}

// An undated page in French anchors on the English telling of the event
// it shares, and its other weekdays are read near that day.
func TestUndatedPageAnchoredAcrossLanguages(t *testing.T) {
	arts := []footnote.Article{
		article("en", "en", time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC), "A lead paragraph with no date of its own, about the talks and the compact.",
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation in the Global Compact on Migration."),
		article("fr", "fr", time.Time{}, "Un paragraphe d'ouverture sans date, sur la décision et les réactions.",
			"«La mission américaine auprès de l'ONU a informé son secrétaire général que les États-Unis mettaient fin à leur participation au Pacte mondial sur la migration», a annoncé samedi soir l'administration.",
			"Amnesty International a condamné dimanche la décision des États-Unis."),
	}
	tl := Build(arts)
	if ev, ok := eventWith(tl, "Amnesty"); !ok || ev.Date != "2017-12-03" {
		t.Errorf("reaction event %+v (found %v), want dated 2017-12-03", ev, ok)
	}
}

// A headline is news of its week: one of October that shares the
// coverage's common words with an event of December does not join it.
func TestHeadlineJoinsOnlyAnEventOfItsWeek(t *testing.T) {
	oct := article("rt", "en", time.Date(2018, 10, 9, 0, 0, 0, 0, time.UTC))
	oct.Title = "Poland should quit UN migration pact – interior minister"
	oct.Paragraphs[0].Text = oct.Title
	dec := article("scmp", "en", time.Date(2018, 12, 10, 0, 0, 0, 0, time.UTC), "A lead paragraph with no date of its own, about the government and the pact.",
		"Belgium's Prime Minister was left leading a minority administration on Sunday after the nationalist party quit the coalition over the UN migration pact.")
	tl := Build([]footnote.Article{oct, dec})
	ev, ok := eventWith(tl, "Belgium")
	if !ok {
		t.Fatalf("no Belgian event in %+v", tl.Events)
	}
	for _, c := range ev.Citations {
		if c.Doc == "rt" {
			t.Errorf("October's headline cited for December's event: %+v", ev)
		}
	}
	if ev, ok := eventWith(tl, "Poland should quit"); !ok || ev.Date != "2018-10-09" {
		t.Errorf("the headline's event: %+v (found %v), want its own of 2018-10-09", ev, ok)
	}
}

// A date after a preposition of a time limit is a target, not the day
// something happened; the same date without one is an event.
func TestDeadlineIsNoEvent(t *testing.T) {
	for _, tc := range []struct{ lang, deadline, event string }{
		{"en", "They agreed to undertake negotiations towards a consensus on international norms by September 2018 to guide policies.",
			"In September 2016, the members of the General Assembly adopted the New York Declaration for Refugees and Migrants."},
		{"es", "Los países acordaron negociar un consenso sobre normas internacionales hasta septiembre de 2018 para orientar sus políticas.",
			"En septiembre de 2016, los miembros de la Asamblea General aprobaron la Declaración de Nueva York para refugiados y migrantes."},
	} {
		tl := Build([]footnote.Article{article("a", tc.lang, time.Time{}, "An opening paragraph with no date, about the declaration.", tc.deadline, tc.event)})
		if len(tl.Events) != 1 || tl.Events[0].Date != "2016-09" {
			t.Errorf("%s: events %+v, want only the declaration of 2016-09", tc.lang, tl.Events)
		}
	}
}
