package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// monthCase is a sentence of a page of day pub and the month it dates
// ("" for none).
type monthCase struct {
	lang     string
	pub      time.Time
	sentence string
	date     string
}

// A month written without its year is read against the page's day, as a
// reader does, in every language of the coverage: the sentence is an event
// of that month, where it was no event at all.
func TestYearlessMonthIsReadAgainstThePage(t *testing.T) {
	nov := time.Date(2018, 11, 2, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2019, 1, 2, 0, 0, 0, 0, time.UTC)
	dec := time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []monthCase{
		{"en", nov, "EU leaders dropped the mandatory quota plan in June, the agency recalled.", "2018-06"},
		{"en", nov, "The United States quit the talks on the pact last December, the agency recalled.", "2017-12"},
		{"pt", jan, "O pacto foi ratificado em dezembro na Assembleia Geral da ONU por 152 países.", "2018-12"},
		{"de", nov, "Der Text des Paktes wurde im Juli von allen Mitgliedstaaten außer den USA beschlossen.", "2018-07"},
		{"es", nov, "El texto del pacto fue aprobado en julio pasado por todos los Estados miembros.", "2018-07"},
		{"fr", nov, "Le texte du pacte a été approuvé en juillet par tous les États membres de l'ONU.", "2018-07"},
		{"ko", dec, "미국은 지난 10월 반(反)이스라엘 편견을 이유로 유네스코 탈퇴를 선언했다.", "2017-10"},
		// The parser reads "in June after a" as the first of June.
		{"en", nov, "EU leaders dropped the mandatory quota plan in June after a long dispute.", "2018-06"},
		{"en", nov, "The United States quit the talks on the pact last December, after a review.", "2017-12"},
	} {
		checkMonth(t, tc)
	}
}

// checkMonth checks the event the sentence of tc makes, or that it makes none.
func checkMonth(t *testing.T, tc monthCase) {
	t.Helper()
	got, ok := sentenceDate(tc.lang, tc.pub, tc.sentence)
	if got != tc.date || ok != (tc.date != "") {
		t.Errorf("%s %q: %q (event %v), want %q", tc.lang, tc.sentence, got, ok, tc.date)
	}
}

// What a yearless month does not date: a plan (ahead of the page, or
// after a word of planning), a month as far back as ahead, a month in a
// relative clause, "may" the verb; and a day the sentence gives wins.
func TestYearlessMonthThatIsNoEvent(t *testing.T) {
	jul := time.Date(2018, 7, 18, 0, 0, 0, 0, time.UTC)
	nov := time.Date(2018, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []monthCase{
		{"en", jul, "The accord is to be formally adopted in December, but Hungary will not take part.", ""},
		{"en", nov, "The compact will be signed in November by most of the governments of the world.", ""},
		{"de", nov, "Der Pakt soll im November von den meisten Regierungen unterzeichnet werden.", ""},
		{"en", time.Date(2018, 12, 2, 0, 0, 0, 0, time.UTC), "Diplomats said the conference of the parties gathers in June as it does every year.", ""},
		{"en", nov, "Hungary will not sign the compact, which was approved in July by all the member states.", ""},
		{"en", nov, "Officials said they may come back to the question of the compact before long.", ""},
		{"en", nov, "The United States quit talks on the pact last December, and Austria followed suit on Wednesday.", "2018-10-31"},
	} {
		checkMonth(t, tc)
	}
}

// On real pages: AP's Polish story (20 November 2018) shows the US exit
// "last December" and the compact finalized "in July", EFE's Portuguese
// story (2 January 2019) the General Assembly's December, and Reuters'
// Hungarian story (18 July 2018) no event of its "to be formally adopted
// in December".
func TestYearlessMonthOnRealPages(t *testing.T) {
	tl := Build(load(t, "../testdata/articles", "testdata"))
	for _, tc := range []struct{ words, date string }{
		{"last December|ending its participation", "2017-12"},
		{"finalized|July", "2018-07"},
		{"ratificado em dezembro", "2018-12"},
	} {
		ev, ok := eventWith(tl, strings.Split(tc.words, "|")...)
		if !ok || ev.Date != tc.date {
			t.Errorf("%q: event %+v (found %v), want it on %s", tc.words, ev, ok, tc.date)
		}
	}
	if ev, ok := eventWith(tl, "formally adopted in December"); ok {
		t.Errorf("a plan is an event: %+v", ev)
	}
}

// A Korean sentence as full as an English one is half as many runes: one
// dated by its own words is an event; a short line dated only by its page
// (a subtitle) still is none.
func TestWidthOfWideScripts(t *testing.T) {
	dec := time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)
	short := "미국은 지난 10월 반(反)이스라엘 편견을 조장한"
	if got, ok := sentenceDate("ko", dec, short); !ok || got != "2017-10" {
		t.Errorf("%q: %q (event %v), want 2017-10", short, got, ok)
	}
	sub := "협정 조약, 트럼프 정부 정책과 일치하지 않아"
	a := article("ko", "ko", dec, sub, "도널드 트럼프 행정부가 이주자와 난민 문제 개선을 위한 유엔 국제이주협정(GCM)을 탈퇴한다.")
	tl := Build([]footnote.Article{a})
	if ev, ok := eventWith(tl, "일치하지"); ok {
		t.Errorf("a short line dated by its page is an event: %+v", ev)
	}
	if sentenceWidth(short) < minSentenceRunes || sentenceWidth("Dec. 3 (AFP)") >= minSentenceRunes {
		t.Errorf("widths: %d, %d", sentenceWidth(short), sentenceWidth("Dec. 3 (AFP)"))
	}
}

// A wire story's dateline is its report's day: a yearless month after it
// is read against that day, on a page that shows no date of its own.
func TestYearlessMonthAfterDateline(t *testing.T) {
	for _, tc := range []struct{ lang, para, word, date string }{
		{"en", "WARSAW, November 2, 2018 (AFP) — EU leaders dropped the mandatory quota plan in June, the agency recalled.", "quota", "2018-06"},
		{"pt", "BRASÍLIA, 2 de janeiro de 2019 (EFE) — O pacto foi ratificado em dezembro pela maioria dos países da ONU.", "ratificado", "2018-12"},
	} {
		a := article("wire-"+tc.lang, tc.lang, time.Time{}, tc.para)
		ev, ok := eventWith(Build([]footnote.Article{a}), tc.word)
		if !ok || ev.Date != tc.date {
			t.Errorf("%s: event %+v (found %v), want it on %s", tc.lang, ev, ok, tc.date)
		}
	}
}
