package timeline

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// A page that shows no headline is titled by the import with its lead's
// first words and a "…" the page never printed. The timeline cites the
// lead as the page printed it, on the page's day, not that made-up title;
// a page's real headline is still cited as ¶0.
func TestTitleMadeFromLeadIsNotQuoted(t *testing.T) {
	arts := load(t, "testdata/leadtitle", "testdata")
	tl := Build(arts)
	byID := map[string]footnote.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	cited := func(doc string) (Event, footnote.Citation, bool) {
		for _, ev := range tl.Events {
			for _, c := range ev.Citations {
				if c.Doc == doc {
					return ev, c, true
				}
			}
		}
		return Event{}, footnote.Citation{}, false
	}
	for doc, day := range map[string]string{
		"015-ansa-lajcak-rammarico":     "2017-12-03", // Italian
		"127-eleconomista-mx-videgaray": "2017-12-04", // Spanish
		"229-adnradio-pinera":           "2018-12-10", // Spanish
	} {
		if !strings.HasSuffix(byID[doc].Title, "…") {
			t.Fatalf("%s: fixture title %q is no title made from the lead", doc, byID[doc].Title)
		}
		ev, c, ok := cited(doc)
		if !ok {
			t.Errorf("%s: not cited; its lead is news of its day", doc)
			continue
		}
		lead, _ := byID[doc].Paragraph(1)
		if c.Paragraph != 1 || strings.Contains(c.Quote, "…") || !strings.Contains(lead.Text, c.Quote) {
			t.Errorf("%s: cited ¶%d %q; want a sentence the page printed, from ¶1", doc, c.Paragraph, c.Quote)
		}
		if ev.Text == byID[doc].Title {
			t.Errorf("%s: event text %q is the made-up title", doc, ev.Text)
		}
		if ev.Date != day {
			t.Errorf("%s: lead dated %s, want the page's day %s", doc, ev.Date, day)
		}
	}
	// A headline the page printed is still quoted.
	if _, c, ok := cited("113-rt-newsline-poland"); !ok || c.Paragraph != 0 || c.Quote != byID["113-rt-newsline-poland"].Title {
		t.Errorf("113's headline: cited %+v, want its title as ¶0", c)
	}
}
