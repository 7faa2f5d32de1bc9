package claimcheck

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// coverageDir returns a directory holding the Foreign Policy article and
// the Justice For All statement: one dates the US announcement Saturday,
// the other "Yesterday" on 4 December 2017, a Sunday.
func coverageDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"../testdata/articles/trump-boycotts-un-migration-talks.md", "../testdata/coverage/126-justiceforall-statement.md", "../testdata/coverage/175-pbs-newshour.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheckDayDisputed(t *testing.T) {
	c, ix := newCheckerOn(t, coverageDir(t))
	for _, claim := range []string{
		"the US said on saturday that it was withdrawing from the global compact on migration",
		"the united states announced on 3 december 2017 that it was withdrawing from the global compact on migration",
		"Estados Unidos anunció el domingo que se retiraba del Global Compact on Migration",
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		kept, dropped := footnote.CheckCitations(ix, res.Citations)
		docs := map[string]bool{}
		for _, k := range kept {
			docs[k.Doc] = true
		}
		if res.Verdict != Disputed || len(dropped) > 0 || !docs["trump-boycotts-un-migration-talks"] || !docs["126-justiceforall-statement"] {
			t.Errorf("%q: %s citing %+v (%s), want disputed citing both outlets", claim, res.Verdict, res.Citations, res.Explanation)
		}
	}
}

func TestCheckEstimateDisputed(t *testing.T) {
	c, _ := newCheckerOn(t, coverageDir(t))
	res, err := c.Check(context.Background(), "about 65 million people have been forcibly displaced worldwide")
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict != Disputed || len(res.Citations) != 2 {
		t.Errorf("verdict %s citing %+v, want disputed (65.6 million against 60 million)", res.Verdict, res.Citations)
	}
}

func TestDayCompare(t *testing.T) {
	sat := time.Date(2017, time.December, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		claim              string
		lang               text.Lang
		day                sentDay
		agrees, comparable bool
	}{
		{"they told the UN on Saturday", text.English, sentDay{t: sat, weekday: time.Saturday}, true, true},
		{"sie teilten es am Sonntag mit", text.German, sentDay{t: sat, weekday: time.Saturday}, false, true},
		{"announced on 3 December 2017", text.English, sentDay{t: sat, weekday: time.Saturday}, false, true},
		// With its year, a date has a weekday.
		{"announced on 2 December 2017", text.English, sentDay{weekday: time.Saturday, weekdayOnly: true}, true, true},
		{"announced on 3 December 2017", text.English, sentDay{weekday: time.Saturday, weekdayOnly: true}, false, true},
		// Without it, a weekday says nothing of it.
		{"announced on 3 December", text.English, sentDay{weekday: time.Saturday, weekdayOnly: true}, false, false},
		{"el 2 de diciembre", text.Spanish, sentDay{t: sat, weekday: time.Saturday}, true, true},
	} {
		slot, ok := claimDay(tc.claim, tc.lang)
		if !ok {
			t.Errorf("%q: no day found", tc.claim)
			continue
		}
		if agrees, comparable := slot.compare(tc.day); agrees != tc.agrees || comparable != tc.comparable {
			t.Errorf("%q against %+v: agrees %v comparable %v, want %v %v", tc.claim, tc.day, agrees, comparable, tc.agrees, tc.comparable)
		}
	}
	// A span of days is compared by its numbers, not as one day.
	if _, ok := claimDay("it ran from 4 to 6 December 2017", text.English); ok {
		t.Error("a span of days read as one day")
	}
}

// TestPlannedMonthSetAside: a month a sentence gives a plan ("due to be
// signed in Morocco in December", "we look forward to … formal
// negotiations in February") is not the month of the event, for a claim
// that tells what happened; a claim of a plan is compared with it.
func TestPlannedMonthSetAside(t *testing.T) {
	plan := sentence{cite: footnote.Citation{Doc: "a", Paragraph: 1, Quote: "We look forward to the start of formal negotiations on the compact in February, the spokesman said."}, lang: text.English}
	plan.words = wordsOf(plan.cite.Quote, text.English)
	done := sentence{cite: footnote.Citation{Doc: "b", Paragraph: 1, Quote: "Formal negotiations on the compact started in March."}, lang: text.English}
	done.words = wordsOf(done.cite.Quote, text.English)
	for _, tc := range []struct {
		claim         string
		same, another bool
	}{
		{"formal negotiations on the compact started in march", true, false},
		{"formal negotiations on the compact started in june", false, true},
		{"formal negotiations on the compact were expected in february", true, true},
	} {
		_, _, same, other := monthSides(tc.claim, text.English, []sentence{plan, done})
		if same != tc.same || other != tc.another {
			t.Errorf("%q: a sentence of its month %v, of another %v; want %v, %v", tc.claim, same, other, tc.same, tc.another)
		}
	}
}

// TestCheckDayDisputedOverStance: a claim that gives a day is disputed by
// outlets that date its event differently, even when a sentence on its
// subject seems to take the other stance ("supports international
// cooperation"); "backed out" leaves, and is no such sentence.
func TestCheckDayDisputedOverStance(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"afp": {"The US Mission to the United Nations informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration, the US said in its statement on Saturday."},
			"cfr": {"On Friday, President Trump decided that the United States would pull out of the Global Compact on Migration."},
			"voa": {"He said the United States supports the Global Compact on Migration and international cooperation on migration issues."},
			"reu": {"The compact was approved by all UN members except the United States, which backed out last year."},
			"pol": {"The Polish government said Tuesday that it will not support the Global Compact on Migration, as it joins Hungary in rejecting it."},
			"aut": {"The Austrian government said Wednesday that it won't sign the Global Compact on Migration, as it joined Hungary."},
		},
		langs: map[string]string{"afp": "en", "cfr": "en", "voa": "en", "reu": "en", "pol": "en", "aut": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"the united states pulled out of the migration compact on saturday", Disputed},
		// The sentence of the claim's day says the opposite.
		{"the polish government said tuesday that it will support the global compact on migration", Contradicted},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
	if stay, leave := stance(l.paras["reu"][0]); stay || !leave {
		t.Errorf("%q: stance stay %v leave %v, want leave only", l.paras["reu"][0], stay, leave)
	}
}
