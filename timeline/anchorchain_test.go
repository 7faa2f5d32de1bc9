package timeline

import (
	"slices"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// A page that tells an event only as an anchored page does is anchored on
// that page, and its telling joins the event through it: in English and in
// French, its Sunday is read near the anchored Saturday.
func TestPageAnchoredOnAnAnchoredPage(t *testing.T) {
	sat := time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)
	arts := []footnote.Article{
		article("dated", "en", sat, "A lead paragraph with no date of its own, about the talks and the compact.",
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation in the Global Compact on Migration."),
		article("wire", "en", time.Time{}, "An opening paragraph with no date, about the decision and the reactions.",
			"The US mission to the United Nations said on Saturday that it had informed Secretary-General Guterres it was ending its participation in the compact talks, a move Washington called a matter of sovereignty."),
		article("blog", "en", time.Time{}, "An opening paragraph with no date, about the blog and its readers.",
			"Washington called the move a matter of sovereignty on Saturday as it quit the compact talks, the mission said.",
			"Amnesty International slammed the decision on Sunday as a devastating abdication of responsibility."),
		article("vov", "fr", time.Time{}, "Un paragraphe d'ouverture sans date, sur la décision et les réactions.",
			"«La mission américaine auprès de l'ONU a informé son secrétaire général que les États-Unis mettaient fin à leur participation au Pacte mondial sur la migration», a annoncé samedi soir l'administration."),
		article("radiocanada", "fr", time.Time{}, "Un paragraphe d'ouverture sans date, sur le pacte et les migrants.",
			"C'est la mission américaine auprès de l'ONU qui en a fait l'annonce samedi soir, a précisé l'administration.",
			"Le Haut-Commissariat a dénoncé dimanche la décision américaine sur les réfugiés."),
	}
	tl := Build(arts)
	for _, tc := range []struct {
		words []string
		date  string
	}{
		{[]string{"Amnesty"}, "2017-12-03"},
		{[]string{"Haut-Commissariat"}, "2017-12-03"},
	} {
		if ev, ok := eventWith(tl, tc.words...); !ok || ev.Date != tc.date {
			t.Errorf("%v: %+v (found %v), want dated %s", tc.words, ev, ok, tc.date)
		}
	}
	ev, ok := eventWith(tl, "mission")
	if !ok || ev.Date != "2017-12-02" {
		t.Fatalf("the mission's notice: %+v (found %v), want dated 2017-12-02", ev, ok)
	}
	for _, doc := range []string{"dated", "wire", "blog", "vov", "radiocanada"} {
		if !slices.ContainsFunc(ev.Citations, func(c footnote.Citation) bool { return c.Doc == doc }) {
			t.Errorf("the mission's notice does not cite %s: %+v", doc, ev)
		}
	}
}
