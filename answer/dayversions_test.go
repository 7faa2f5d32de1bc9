package answer

import (
	"strings"
	"testing"
)

// testCoverageDays holds eleven pages of the coverage imported with the
// crawl's manifest (see its SOURCES.txt): the outlets that say on which day
// the US told the UN it was leaving the migration talks, and pages whose
// header lines and other sentences give other times.
const testCoverageDays = "../testdata/coverage-days"

// TestDayAskedWithDay: "On what day …" and "What day …" show the sources'
// versions of the day, as "When …" does: the Saturday of Foreign Policy,
// Xinhua and AFP and IRIN's 3 December, each cited from its outlet. The
// sentence quoted beside the chosen one for the words it lacks ("President
// Donald Trump overruled objections …") gives no day and does not set how
// well a day must answer; and a header's "Published by … on …" or "Link:
// …/3-december-2017-…" line, about the page, is no version.
func TestDayAskedWithDay(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverageDays)
	saturday := []string{"150-foreignpolicy-trump-boycotts", "011-chinagate-xinhua-lajcak", "006-cknnigeria-afp"}
	for _, q := range []string{
		"On what day did the US tell the UN it was leaving the migration talks?",
		"What day did the US tell the UN it was leaving the migration talks?",
	} {
		ans := mustAnswer(t, e, q)
		if !strings.HasPrefix(ans.Text, "Sources differ.") {
			t.Errorf("%q: no versions shown: %s", q, ans.Text)
		}
		for _, line := range []string{"Link:", "Published by"} {
			if strings.Contains(ans.Text, line) {
				t.Errorf("%q: a header line (%q) quoted as a version: %s", q, line, ans.Text)
			}
		}
		cited := map[string]bool{}
		for _, c := range ans.Citations {
			cited[c.Doc] = true
			if c.Paragraph == 0 {
				t.Errorf("%q: header cited: %+v", q, c)
			}
		}
		sat := false
		for _, d := range saturday {
			sat = sat || cited[d] && strings.Contains(ans.Text, "Saturday")
		}
		if !sat {
			t.Errorf("%q: Saturday not cited from %v: %s", q, saturday, ans.Text)
		}
		if !cited["134-reliefweb-irin-ardittis"] || !strings.Contains(ans.Text, "On 3 December 2017") {
			t.Errorf("%q: IRIN's 3 December not cited: %s", q, ans.Text)
		}
	}
}

// TestDayAskedByClassNoun: the versions of a day asked "On what day …" or
// "On which date …" are read in the passages the question brings without
// its class noun too: as a word, "day" ranks "A day before a UN global
// conference …" and "a day dominated by Senate negotiations" above the
// outlets that give the day, AFP's "… the US said in its statement on
// Saturday" and IRIN's "On 3 December 2017 …", which a shallow retrieval
// (three passages to answer from, fifteen read for versions) then missed.
func TestDayAskedByClassNoun(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverageDays)
	e.TopK = 3
	for _, q := range []string{
		"On what day did the US tell the UN it was leaving the migration talks?",
		"On which date did the US tell the UN it was leaving the migration talks?",
	} {
		ans := mustAnswer(t, e, q)
		cited := map[string]bool{}
		for _, c := range ans.Citations {
			cited[c.Doc] = true
		}
		for _, d := range []string{"006-cknnigeria-afp", "134-reliefweb-irin-ardittis"} {
			if !cited[d] {
				t.Errorf("%q: %s not cited: %s", q, d, ans.Text)
			}
		}
	}
}
