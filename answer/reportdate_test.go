package answer

import (
	"strings"
	"testing"
)

// TestUndatedDateline: an undated page whose first paragraph opens with
// its report's date ("December 4, 2017: Yesterday, …") tells of the day
// before it, the Sunday a dated page names: one version; the page's
// "yesterday" is not that of another day.
func TestUndatedDateline(t *testing.T) {
	for _, tc := range []struct {
		weekday string
		differ  bool
	}{{"Sunday", false}, {"Friday", true}} {
		dir := writeArticles(t, map[string]string{
			"blog": "---\n\nDecember 4, 2017: Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration.",
			"wire": "published: \"2017-12-05\"\n---\n\nOn " + tc.weekday + ", Rex Tillerson announced the withdrawal from the Global Compact on Migration in a written statement, saying it was inconsistent with American immigration laws.",
		})
		e, _ := newExtractiveOn(t, dir)
		got := mustAnswer(t, e, "On what day did Rex Tillerson announce the withdrawal from the Global Compact on Migration?")
		if strings.HasPrefix(got.Text, "Sources differ") != tc.differ {
			t.Errorf("yesterday of a report datelined December 4, 2017 and %s: differ = %v, want %v: %s", tc.weekday, !tc.differ, tc.differ, got.Text)
		}
	}
}
