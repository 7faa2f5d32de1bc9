package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestDoerByAStandInVerb: when no outlet tells the asked act by the
// question's verb ("told") but the chosen answer tells it by one close in
// meaning ("informed"), outlets naming different doers by that verb are
// shown as versions, each cited, in two corpora; outlets naming one doer
// agree, and an outlet's plain "said" names no doer of the act.
func TestDoerByAStandInVerb(t *testing.T) {
	for _, tc := range []struct {
		name     string
		docs     map[string]string
		q        string
		disagree bool
		want     []string
	}{
		{"two doers", map[string]string{
			"a-wire":  "On Monday, the Swiss delegation informed the summit chair that Switzerland was leaving the water treaty talks.\n\nThe talks resume in March.",
			"b-daily": "Foreign Minister Ignazio Cassis informed the summit chair on Monday that Switzerland was leaving the water treaty talks.\n\nThe chair regretted it.",
		}, "Who told the summit chair that Switzerland was leaving the water treaty talks?", true, []string{"delegation", "Cassis"}},
		{"one doer", map[string]string{
			"a-wire":  "On Monday, Foreign Minister Ignazio Cassis informed the summit chair that Switzerland was leaving the water treaty talks.\n\nThe talks resume in March.",
			"b-daily": "Foreign Minister Ignazio Cassis informed the summit chair on Monday that Switzerland was leaving the water treaty talks.\n\nThe chair regretted it.",
			"c-paper": "The summit chair said Switzerland was leaving the water treaty talks, a loss for the region.\n\nOthers may follow.",
		}, "Who told the summit chair that Switzerland was leaving the water treaty talks?", false, []string{"Cassis"}},
		{"another corpus", map[string]string{
			"a-post":  "The Irish embassy informed the trade commissioner last week that Dublin would quit the fishing pact.\n\nTalks had stalled since May.",
			"b-times": "Prime Minister Leo Varadkar informed the trade commissioner that Dublin would quit the fishing pact, officials said.\n\nFishermen welcomed it.",
		}, "Who told the trade commissioner that Dublin would quit the fishing pact?", true, []string{"embassy", "Varadkar"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			articles := map[string]string{}
			for name, body := range tc.docs {
				articles[name] = "---\n\n" + body
			}
			e, _ := newExtractiveOn(t, writeArticles(t, articles))
			ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Refused {
				t.Fatalf("refused: %s", ans.Text)
			}
			if got := strings.HasPrefix(ans.Text, "Sources differ."); got != tc.disagree {
				t.Errorf("says sources differ %v, want %v: %s", got, tc.disagree, ans.Text)
			}
			for _, w := range tc.want {
				if !strings.Contains(ans.Text, w) {
					t.Errorf("answer lacks %q: %s", w, ans.Text)
				}
			}
			if tc.disagree && len(ans.Citations) < 2 {
				t.Errorf("each version not cited: %+v", ans.Citations)
			}
		})
	}
}
