package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// titled is article with a title, shown as its paragraph 0.
func titled(id, lang, title string, published time.Time, paras ...string) footnote.Article {
	a := article(id, lang, published, paras...)
	a.Title, a.Paragraphs[0].Text = title, title
	return a
}

// A page the import dated by a paragraph's opening adverbial ("On 3
// December 2017, President Donald Trump opted out …", "في 19 سبتمبر 2016،
// اعتمدت …") is read as undated: its title and lead are no news of that
// day, while its sentences keep the dates they write. A dateline before a
// colon, and an opening date of another day than the page's, leave the
// page dated.
func TestOpeningAdverbialIsNoPublicationDay(t *testing.T) {
	arts := []footnote.Article{
		titled("irin", "en", "UN global compact for migration must be made fit for its purpose", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC),
			"On 3 December 2017, President Donald Trump opted out of the UN Global Compact for Migration on the basis that US migration policy should be determined by Americans alone.",
			"The compact only aims to establish a multilateral cooperation framework to facilitate safe, orderly and regular migration."),
		titled("italiya", "ar", "أعلنت السفيرة الأمريكية لدى هيئة الأمم المتحدة عن انسحاب بلادها من الاتفاق", time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC),
			"أعلنت السفيرة الأمريكية لدى هيئة الأمم المتحدة، نيكي هالي، عن انسحاب الولايات المتحدة الأمريكية من الاتفاق العالمي بشأن الهجرة الذي تم توقيعه في سبتمبر 2016.",
			"في 19 سبتمبر 2016، اعتمدت الجمعية العامة للأمم المتحدة مجموعة من الالتزامات في أثناء أول قمة لها عن التعامل مع التحركات الكبيرة للاجئين والمهاجرين."),
		titled("jfa", "en", "Justice for All deplores the disappointing decision to drop the agreement", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
			"December 4, 2017: Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration."),
		titled("sputnik", "en", "Hungary's parliament debates the national budget for the coming year", time.Date(2018, 7, 14, 0, 0, 0, 0, time.UTC),
			"On 13 July 2018, the member states of the United Nations agreed on the final text of the global compact after eighteen months of talks."),
	}
	tl := Build(arts)
	for _, tc := range []struct {
		words []string
		date  string
	}{
		{[]string{"opted out"}, "2017-12-03"},
		{[]string{"اعتمدت"}, "2016-09-19"},
		{[]string{"Tillerson"}, "2017-12-03"},
		{[]string{"Justice for All"}, "2017-12-04"},
	} {
		if ev, ok := eventWith(tl, tc.words...); !ok || ev.Date != tc.date {
			t.Errorf("%v: %+v (found %v), want dated %s", tc.words, ev, ok, tc.date)
		}
	}
	// The page dated by its own paragraph's date of another day keeps its
	// title, news of its day (joined to the event it repeats).
	if !citesTitle(tl, "sputnik") {
		t.Errorf("the title of a page whose opening date is another day is gone: %+v", tl.Events)
	}
	if citesTitle(tl, "irin") {
		t.Errorf("the title of a page dated by its opening adverbial is cited: %+v", tl.Events)
	}
	for _, words := range [][]string{{"fit for its purpose"}, {"انسحاب"}} {
		if ev, ok := eventWith(tl, words...); ok {
			t.Errorf("%v: %+v, want no event (the page's day is unknown)", words, ev)
		}
	}
}

// citesTitle reports whether an event of tl cites doc's title.
func citesTitle(tl Timeline, doc string) bool {
	for _, ev := range tl.Events {
		for _, c := range ev.Citations {
			if c.Doc == doc && c.Paragraph == 0 {
				return true
			}
		}
	}
	return false
}
