package timeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
)

func load(t testing.TB, dirs ...string) []footnote.Article {
	t.Helper()
	var all []footnote.Article
	for _, d := range dirs {
		arts, errs, err := corpus.LoadDir(d)
		if err != nil || len(errs) > 0 {
			t.Fatalf("load %s: %v %v", d, err, errs)
		}
		all = append(all, arts...)
	}
	return all
}

// eventWith returns the first event whose text holds every word.
func eventWith(tl Timeline, words ...string) (Event, bool) {
	for _, ev := range tl.Events {
		low := strings.ToLower(ev.Text)
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(low, strings.ToLower(w)) }) {
			return ev, true
		}
	}
	return Event{}, false
}

func TestBuildCitesVerbatimInOrder(t *testing.T) {
	arts := load(t, "../testdata/articles", "testdata")
	tl := Build(arts)
	if len(tl.Events) < len(arts) {
		t.Fatalf("%d events from %d articles, want at least one each", len(tl.Events), len(arts))
	}
	paras := map[string]footnote.Article{}
	for _, a := range arts {
		paras[a.ID] = a
	}
	for i, ev := range tl.Events {
		if i > 0 && ev.Date < tl.Events[i-1].Date {
			t.Errorf("event %d (%s) is before event %d (%s)", i, ev.Date, i-1, tl.Events[i-1].Date)
		}
		if len(ev.Citations) == 0 {
			t.Errorf("event %q has no citation", ev.Text)
		}
		cites := slices.Clone(ev.Citations)
		for _, v := range ev.Versions {
			cites = append(cites, v.Citations...)
		}
		for _, c := range cites {
			p, ok := paras[c.Doc].Paragraph(c.Paragraph)
			if !ok || !footnote.QuoteIn(c.Quote, p.Text) {
				t.Errorf("event %q: quote %q is not in %s ¶%d", ev.Text, c.Quote, c.Doc, c.Paragraph)
			}
		}
	}
}

func TestRelativeDatesReadAgainstPublication(t *testing.T) {
	tl := Build(load(t, "../testdata/articles", "testdata"))
	for _, tc := range []struct {
		words []string
		date  string
	}{
		// "said on Wednesday" in an article of Wednesday 18 July 2018.
		{[]string{"Hungary", "quit"}, "2018-07-18"},
		// "said Tuesday" in an article of Tuesday 20 November 2018.
		{[]string{"Polish government"}, "2018-11-20"},
		// Portuguese: "ontem" in an article of 2 January 2019.
		{[]string{"posse"}, "2019-01-01"},
		// "nesta quarta-feira (2)": that Wednesday, the publication day.
		{[]string{"Pompeo", "Pacto Global"}, "2019-01-02"},
	} {
		ev, ok := eventWith(tl, tc.words...)
		if !ok {
			t.Errorf("no event with %q", tc.words)
			continue
		}
		if ev.Date != tc.date {
			t.Errorf("event %q dated %s, want %s", ev.Text, ev.Date, tc.date)
		}
	}
}

func article(id, lang string, published time.Time, paras ...string) footnote.Article {
	a := footnote.Article{ID: id, Language: lang, Published: published, Paragraphs: []footnote.Paragraph{{Doc: id, N: 0, Text: id}}}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: i + 1, Text: p})
	}
	return a
}

func TestRelativeDatesInOtherLanguages(t *testing.T) {
	pub := time.Date(2018, 12, 5, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct {
		lang, sentence, date string
	}{
		{"es", "El gobierno chileno anunció que no firmará el pacto migratorio el próximo sábado en Marrakech.", "2018-12-08"},
		{"es", "El gobierno chileno anunció ayer que no firmará el pacto migratorio de Naciones Unidas.", "2018-12-04"},
		{"es", "El gobierno chileno anunció hace dos días que no firmará el pacto migratorio de Naciones Unidas.", "2018-12-03"},
		{"pt", "O governo chileno anunciou há dois dias que não vai assinar o pacto migratório da ONU.", "2018-12-03"},
		{"en", "The Chilean government said last Saturday that it would not sign the migration compact.", "2018-12-01"},
		{"fr", "Le gouvernement chilien a annoncé lundi qu'il ne signerait pas le pacte sur les migrations.", "2018-12-03"},
	} {
		if got, ok := sentenceDate(tc.lang, pub, tc.sentence); !ok {
			t.Errorf("%s %q: no event", tc.lang, tc.sentence)
		} else if got != tc.date {
			t.Errorf("%s %q dated %s, want %s", tc.lang, tc.sentence, got, tc.date)
		}
	}
}

func TestSameEventFromManyOutletsIsOne(t *testing.T) {
	pub := time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)
	s := "The United States announced on Saturday that it was ending its participation in the Global Compact on Migration."
	arts := []footnote.Article{
		article("a", "en", pub, s),
		article("b", "en", pub, "Washington: "+s),
		article("c", "en", pub.AddDate(0, 0, 1), "The Mexican foreign minister opened the stocktaking meeting in Puerto Vallarta on Monday."),
	}
	tl := Build(arts)
	ev, ok := eventWith(tl, "ending its participation")
	if !ok {
		t.Fatalf("no event for the announcement in %+v", tl.Events)
	}
	if len(ev.Citations) != 2 || ev.Date != "2017-12-02" || ev.Disputed {
		t.Errorf("announcement = %+v, want one undisputed event of 2017-12-02 citing a and b", ev)
	}
	if _, ok := eventWith(tl, "stocktaking"); !ok {
		t.Errorf("the other event was merged away: %+v", tl.Events)
	}
}

func TestEventDatedDifferentlyIsDisputed(t *testing.T) {
	s := "The United States told the United Nations that it was ending its participation in the Global Compact on Migration."
	arts := []footnote.Article{
		article("a", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC), s+" It did so on Saturday."),
		article("b", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC), "On Sunday, "+s),
		article("c", "en", time.Date(2017, 12, 5, 0, 0, 0, 0, time.UTC), "On Saturday, "+s),
	}
	tl := Build(arts)
	ev, ok := eventWith(tl, "ending its participation")
	if !ok {
		t.Fatalf("no event in %+v", tl.Events)
	}
	if !ev.Disputed || len(ev.Versions) != 2 {
		t.Fatalf("event = %+v, want disputed with two versions", ev)
	}
	if ev.Date != "2017-12-03" && ev.Date != "2017-12-02" {
		t.Errorf("date %s is none of the dates given", ev.Date)
	}
	for _, v := range ev.Versions {
		if len(v.Citations) == 0 {
			t.Errorf("version %s has no source", v.Date)
		}
	}
	if n := len(tl.Events); n != 1 {
		t.Errorf("%d events, want the one disputed event: %+v", n, tl.Events)
	}
}

func TestUndatedArticleGivesOnlyFullDates(t *testing.T) {
	tl := Build([]footnote.Article{article("a", "en", time.Time{},
		"The UN spokesman said on Monday that the organisation regretted the decision of the United States.",
		"The stocktaking meeting convened from 4-6 December 2017, in Puerto Vallarta, Mexico, with many delegates.")})
	if len(tl.Events) != 1 || tl.Events[0].Date != "2017-12-04" {
		t.Errorf("events = %+v, want only the meeting of 2017-12-04", tl.Events)
	}
}

func TestUndatedArticleReadsItsDateline(t *testing.T) {
	a := article("a", "en", time.Time{},
		"December 4, 2017: Yesterday, the Secretary of State announced that the administration was withdrawing from the compact.",
		"The group said it was deeply disappointed by the decision to withdraw from the Global Compact on Migration.")
	a.Title = "Rights group deplores the decision to drop the migration agreement"
	a.Paragraphs[0].Text = a.Title
	tl := Build([]footnote.Article{a})
	ev, ok := eventWith(tl, "deplores")
	if !ok || ev.Date != "2017-12-04" || ev.Citations[0].Paragraph != 0 {
		t.Errorf("events %+v, want the title as the event of the dateline's day, cited to ¶0", tl.Events)
	}
}

// A weekday after a word that plans ("scheduled", "previsto", "soll") is
// the coming one; a year among function words is no month; a two-letter
// word is never read as a day ("do" as domingo in English text of a
// Spanish article); and only the first paragraph's sentence is dated by
// the publication.
func TestDatesNotMisread(t *testing.T) {
	pub := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC) // a Saturday
	for _, tc := range []struct {
		lang, sentence, date string // "" for no event
	}{
		{"en", "The president decided to boycott a global conference scheduled to begin Monday in Puerto Vallarta, Mexico.", "2017-12-04"},
		{"es", "La conferencia sobre migración está prevista el lunes en Puerto Vallarta, con delegados de 130 países.", "2017-12-04"},
		{"de", "Die Konferenz soll am Montag in Puerto Vallarta beginnen, mit Delegierten aus 130 Ländern.", "2017-12-04"},
		{"en", "The mission informed the secretary-general on Monday that the country would leave the talks.", "2017-11-27"},
		{"da", "FN skitserede i 2016 en global pagt for ansvarsdeling, hvor landene skulle tage fat på udfordringen.", ""},
		{"es", "El gobierno quiere alcanzar en 2018 una orientación mundial consensuada sobre las migraciones.", ""},
		{"es", "Still others do so in response to the adverse effects of climate change or other environmental factors.", ""},
		// A bare unit of time is no date; counted, it is one.
		{"en", "“It’s clear,” he told the national broadcaster, following hours of uncertainty over the pact.", ""},
		{"es", "La coalición de gobierno se rompió tras horas de incertidumbre sobre el pacto migratorio.", ""},
		{"en", "Two days ago the mission told the secretary-general that it would leave the talks.", "2017-11-30"},
	} {
		tl := Build([]footnote.Article{article("a", tc.lang, pub, "Lead paragraph without any date in it at all, about something.", tc.sentence)})
		got := ""
		for _, ev := range tl.Events {
			if ev.Citations[0].Paragraph == 2 {
				got = ev.Date
			}
		}
		if got != tc.date {
			t.Errorf("%s %q dated %q, want %q", tc.lang, tc.sentence, got, tc.date)
		}
	}
	long := "The assembly adopted a long declaration " + strings.Repeat("on refugees and migrants, ", 20) + "with many commitments." // one sentence, too long to quote
	tl := Build([]footnote.Article{article("b", "en", pub, long, "The organisation considers the declaration an important step for children.")})
	for _, ev := range tl.Events {
		if ev.Citations[0].Paragraph == 2 {
			t.Errorf("a second paragraph's undated sentence dated by the publication: %+v", ev)
		}
	}
}

// What only signs a quotation or an embedded post is no event: the
// attribution that ends a quotation begun in the paragraph before, and the
// dash line under an embedded post; a sentence that says what was said is
// one.
func TestAttributionAloneIsNoEvent(t *testing.T) {
	pub := time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC) // a Monday
	arts := []footnote.Article{
		article("en", "en", pub, "The assembly president expressed regret over the decision of the United States.",
			"“In the New York Declaration, all member states acknowledged that no state can manage migration alone, and agreed to launch a process in 2018,”",
			"Brenden Varma, a spokesman for the assembly president, said in a statement on Sunday.",
			"The spokesman said on Sunday that the assembly regretted the decision to leave the talks."),
		article("de", "de", time.Date(2018, 11, 20, 0, 0, 0, 0, time.UTC), "Israel wird dem Migrationspakt der Vereinten Nationen nicht beitreten.",
			"„Israel wird den Pakt nicht unterzeichnen. Wir schützen unsere Grenzen gegen illegale Migranten.“ pic.twitter.com/abc",
			"— PM of Israel (@IsraeliPM) 20. November 2018",
			"Am Dienstag hatte Ministerpräsident Netanjahu den Ausstieg aus dem Pakt angekündigt."),
	}
	tl := Build(arts)
	for _, ev := range tl.Events {
		if strings.Contains(ev.Text, "Varma") || strings.Contains(ev.Text, "@IsraeliPM") {
			t.Errorf("attribution shown as an event: %s %q", ev.Date, ev.Text)
		}
	}
	for _, want := range []struct {
		words []string
		date  string
	}{
		{[]string{"regretted the decision"}, "2017-12-03"},
		{[]string{"Netanjahu", "Ausstieg"}, "2018-11-20"},
	} {
		ev, ok := eventWith(tl, want.words...)
		if !ok || ev.Date != want.date {
			t.Errorf("event with %q: %+v (found %v), want dated %s", want.words, ev, ok, want.date)
		}
	}
}

// An undated page's weekdays are read near the day of an event it shares
// with a dated page, in English and Spanish; a date relative to its
// unknown publication ("yesterday") stays undated, and so does a page that
// shares only a headline's few words.
func TestUndatedArticleAnchoredOnASharedEvent(t *testing.T) {
	sat := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang, dated, undated, reaction, relative string
		words                                    []string
	}{
		{"en",
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation in the migration compact.",
			"The US mission to the United Nations informed Secretary-General Antonio Guterres on Saturday that it was ending its participation in the compact.",
			"Amnesty International condemned the decision on Sunday as a devastating abdication of responsibility.",
			"Yesterday the ministers of the region met in Geneva to discuss the next steps of the compact.",
			[]string{"Amnesty"}},
		{"es",
			"El sábado, la misión de Estados Unidos ante las Naciones Unidas informó al secretario general António Guterres de que abandonaba el pacto migratorio.",
			"La misión de Estados Unidos ante las Naciones Unidas informó el sábado al secretario general Antonio Guterres de que abandonaba el pacto migratorio.",
			"Amnistía Internacional condenó la decisión el domingo como una abdicación de responsabilidad devastadora.",
			"Ayer los ministros de la región se reunieron en Ginebra para hablar de los próximos pasos del pacto.",
			[]string{"Amnist"}},
	} {
		arts := []footnote.Article{
			article("dated-"+tc.lang, tc.lang, sat, "A lead paragraph with no date of its own, about the talks and the compact.", tc.dated),
			article("undated-"+tc.lang, tc.lang, time.Time{}, "An opening paragraph with no date either, about the decision and the reactions.", tc.undated, tc.reaction, tc.relative),
		}
		tl := Build(arts)
		if ev, ok := eventWith(tl, tc.words...); !ok || ev.Date != "2017-12-03" {
			t.Errorf("%s: reaction event %+v (found %v), want dated 2017-12-03", tc.lang, ev, ok)
		}
		for _, ev := range tl.Events {
			if ev.Text == tc.relative {
				t.Errorf("%s: %q dated %s; its publication is unknown", tc.lang, ev.Text, ev.Date)
			}
		}
	}
	headline := article("headline", "en", time.Date(2018, 7, 18, 0, 0, 0, 0, time.UTC), "Hungary to quit U.N. migration pact - minister")
	headline.Paragraphs[0].Text = "Hungary to quit U.N. migration pact - minister"
	other := article("other", "en", time.Time{}, "An opening paragraph with no date, about Poland and the pact.",
		"Hungary's prime minister rejected the pact in July, and Austria followed suit on Wednesday, quitting it.",
		"Prime Minister Mateusz Morawiecki said Friday it was unlikely Poland would support the pact.")
	for _, ev := range Build([]footnote.Article{headline, other}).Events {
		if strings.Contains(ev.Text, "Morawiecki") {
			t.Errorf("a page sharing only a headline's words was anchored on it: %s %q", ev.Date, ev.Text)
		}
	}
}

// One event told in English, Spanish and German on one date is one event
// citing each; a different event of that day in another language stays
// apart.
func TestSameEventAcrossLanguagesIsOne(t *testing.T) {
	pub := time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC)
	lead := "A lead paragraph without any date in it at all, about something."
	arts := []footnote.Article{
		article("en", "en", pub, lead, "In September 2016, the 193 members of the UN General Assembly unanimously adopted the New York Declaration for Refugees and Migrants."),
		article("es", "es", pub, lead, "En septiembre del 2016, los 193 miembros de la Asamblea General de la ONU aprobaron la Declaración de Nueva York para refugiados y migrantes."),
		article("de", "de", pub, lead, "Im September 2016 unterzeichneten 193 UN-Länder der Generalversammlung die New Yorker Deklaration für Flüchtlinge und Migranten."),
		article("fr", "fr", pub, lead, "En septembre 2016, le Brésil a accueilli une conférence régionale sur le travail des enfants à Brasilia."),
	}
	tl := Build(arts)
	var docs []string
	for _, ev := range tl.Events {
		if ev.Date != "2016-09" {
			continue
		}
		var ds []string
		for _, c := range ev.Citations {
			ds = append(ds, c.Doc)
		}
		slices.Sort(ds)
		docs = append(docs, strings.Join(ds, "+"))
	}
	slices.Sort(docs)
	if want := []string{"de+en+es", "fr"}; !slices.Equal(docs, want) {
		t.Errorf("September 2016 events cite %q, want %q (one event in three languages, the other event apart)", docs, want)
	}
}
