package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// TestCommonWordsJoinNoEvents: a headline that shares with an event only
// the story's common words (words most articles of the coverage use) is
// not that event, while two tellings that share a name are one.
func TestCommonWordsJoinNoEvents(t *testing.T) {
	day := time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ lang, headline, regret, retold, other1, other2 string }{
		{"en", "UN global compact for migration must be made fit for purpose",
			"UN General Assembly President Lajcak on Sunday expressed regret over a US decision to withdraw from the global migration compact.",
			"UN General Assembly President Lajcak expressed regret on Sunday over the US decision to withdraw from the migration compact.",
			"Hungary said on Wednesday it would quit the UN global compact for migration before its final approval.",
			"Leaders adopted the UN global compact for migration at a conference in Marrakech on Monday."},
		{"en", "What the UN global compact on migration says, explained",
			"Amnesty International condemned the US withdrawal from the UN global compact on migration on Sunday as an abdication.",
			"Amnesty International on Sunday condemned the US withdrawal from the global compact as an abdication of responsibility.",
			"Hungary said on Wednesday it would quit the UN global compact on migration before its final approval.",
			"Leaders adopted the UN global compact on migration at a conference in Marrakech on Monday."},
	} {
		h := article("h", tc.lang, day, "A paragraph that has no date in it, about the compact's purpose.")
		h.Title = tc.headline
		h.Paragraphs[0].Text = tc.headline
		arts := []footnote.Article{h,
			article("r", tc.lang, day, tc.regret),
			article("s", tc.lang, day, tc.retold),
			article("o1", tc.lang, time.Date(2018, 7, 18, 0, 0, 0, 0, time.UTC), tc.other1),
			article("o2", tc.lang, time.Date(2018, 12, 10, 0, 0, 0, 0, time.UTC), tc.other2),
		}
		tl := Build(arts)
		for _, ev := range tl.Events {
			docs := map[string]bool{}
			for _, c := range ev.Citations {
				docs[c.Doc] = true
			}
			if docs["r"] && docs["h"] {
				t.Errorf("%s: the headline joined the regret: %+v", tc.lang, ev)
			}
			if docs["r"] != docs["s"] {
				t.Errorf("%s: two tellings of the regret are apart: %+v", tc.lang, ev)
			}
		}
	}
}
