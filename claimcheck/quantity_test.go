package claimcheck

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestDiffers(t *testing.T) {
	for _, tc := range []struct {
		a, b   string
		la, lb text.Lang
		want   bool
	}{
		{"hat zwei Wochen gedauert", "the three‑day meeting", text.German, text.English, true},
		{"a three-day meeting", "the meeting lasted 3 days", text.English, text.English, false},
		{"from 4 to 6 December 2017", "Puerto Vallarta, 4 December", text.English, text.English, false},
		{"from 5 to 7 December 2017", "from 4-6 December 2017", text.English, text.English, true},
		{"on Dec. 20 in Marrakech", "on December 10 and 11 in Marrakech", text.English, text.English, true},
		{"600 delegates", "approximately 400 delegates from 136 states", text.English, text.English, true},
		// A count and the day of a date are not compared.
		{"400 delegates", "on 4 December", text.English, text.English, false},
		{"65 million refugees", "unos 65 millones de refugiados", text.English, text.Spanish, false},
		{"1,000 migrants", "1.000 migrants", text.English, text.German, false},
		// An estimate is the figure it rounds, not another.
		{"about 65 million people displaced", "65.6 million people displaced", text.English, text.English, false},
		{"65 million people displaced", "65.6 million people displaced", text.English, text.English, true},
		{"about 65 million people displaced", "60 million people displaced", text.English, text.English, true},
		{"etwa 65 Millionen Menschen", "65.6 million people", text.German, text.English, false},
		{"something like 21 institutions", "around 20 institutions", text.English, text.English, false},
		{"something like 50 institutions", "around 20 institutions", text.English, text.English, true},
		// What a number counts may follow an adjective.
		{"the compact has 30 objectives", "its 23 sweeping objectives", text.English, text.English, true},
		{"the compact has 23 objectives", "its 23 sweeping objectives", text.English, text.English, false},
		// A vote's tally is for and against, not what else the
		// sentence counts.
		{"approved by a vote of 152-12", "approved by a vote of 152-5 with 12 countries abstaining", text.English, text.English, true},
		{"endorsed by a vote of 152 to 5", "endorsed by a 152-5 vote", text.English, text.English, false},
		{"endorsed by a vote of 152 to 5", "endorsed by a 152-5 vote, with 12 countries abstaining", text.English, text.English, false},
		{"the meeting ran from 4 to 6 december", "the meeting ran from 4-6 December", text.English, text.English, false},
		{"the meeting lasted 4-6 days", "the meeting lasted 3 days", text.English, text.English, true},
		// A number past the last day of a month counts something.
		{"the text was agreed on 13 July", "In September 2016, all 193 member states adopted a declaration", text.English, text.English, false},
		// "out" is a month in Portuguese only: 23 objectives, no date.
		{"the compact sets out 23 objectives", "the compact was adopted on 10 December", text.English, text.English, false},
		{"the compact sets out 23 objectives", "it lays out 30 objectives", text.English, text.English, true},
	} {
		if got := differs(quantities(tc.a, tc.la), quantities(tc.b, tc.lb)); got != tc.want {
			t.Errorf("differs(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestYearBeforeABreakCountsNothing: a number before a comma or a closing
// quote counts no word after it ("…at the UN in 2018,” the US statement
// read" is a year, not 2018 statements), so a claim of that year is
// supported by the sentence and one of another year contradicted, on the
// AFP copy and the PTI story (round twenty-two: both not covered on main,
// each sentence's 2018 counting "statement" or "mission").
func TestYearBeforeABreakCountsNothing(t *testing.T) {
	for _, page := range []string{"../testdata/claims-pages/006-cknnigeria-afp.md", "../testdata/coverage/007-business-standard-pti-us-withdraws.md"} {
		c := checkerOnFiles(t, page)
		checkCited(t, c, []citedCase{
			{"the compact process was supposed to reach an international consensus at the un in 2018", Supported, ""},
			{"the compact process aimed to reach international consensus at the un in 2019", Contradicted, ""},
		})
	}
}
