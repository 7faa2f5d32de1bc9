package answer

import (
	"strings"
	"testing"
)

// TestUndatedWeekdayAnchored: an undated page's "on Sunday", read near the
// event it shares with a dated page (the US mission's Saturday), is the
// day a dated page calls "yesterday" in its report of Monday: one version,
// not two; a page no shared event anchors keeps its weekday as before, and
// a day that is another one still differs.
func TestUndatedWeekdayAnchored(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"dated": "published: \"2017-12-04\"\n---\n\n" +
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General Antonio Guterres that it was ending its participation in the Global Compact on Migration.\n\n" +
			"In London, Amnesty International also condemned the American withdrawal yesterday, calling it a shameful retreat from shared responsibility.",
		"undated": "---\n\n" +
			"Washington's mission informed Secretary-General Antonio Guterres on Saturday that it was ending its participation in the Global Compact, a rights group said.\n\n" +
			"Amnesty International condemned the American withdrawal on Sunday.",
	})
	e, _ := newExtractiveOn(t, dir)
	got := mustAnswer(t, e, "On what day did Amnesty International condemn the American withdrawal?")
	if strings.HasPrefix(got.Text, "Sources differ") {
		t.Errorf("an anchored undated Sunday and a dated yesterday (Sunday) shown as differing: %s", got.Text)
	}

	dir = writeArticles(t, map[string]string{
		"dated": "published: \"2017-12-04\"\n---\n\n" +
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General Antonio Guterres that it was ending its participation in the Global Compact on Migration.\n\n" +
			"In London, Amnesty International also condemned the American withdrawal yesterday, calling it a shameful retreat from shared responsibility.",
		"undated": "---\n\n" +
			"Washington's mission informed Secretary-General Antonio Guterres on Saturday that it was ending its participation in the Global Compact, a rights group said.\n\n" +
			"Amnesty International condemned the American withdrawal on Tuesday.",
	})
	e, _ = newExtractiveOn(t, dir)
	got = mustAnswer(t, e, "On what day did Amnesty International condemn the American withdrawal?")
	if !strings.HasPrefix(got.Text, "Sources differ") || !strings.Contains(got.Text, "Tuesday") || !strings.Contains(got.Text, "yesterday") {
		t.Errorf("an anchored undated Tuesday and a dated yesterday (Sunday) not shown as two versions: %s", got.Text)
	}
}

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
