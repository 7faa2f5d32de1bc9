package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestReportsByDate: on the three dated test articles, "the latest
// report" quotes the newest article that answers and says its outlet and
// date, "the earliest report" the oldest, and "since July 2018" leaves out
// the articles published before.
func TestReportsByDate(t *testing.T) {
	e, _ := newExtractive(t)
	for _, tc := range []struct {
		q, doc, lead string
	}{
		{"What is the latest report of a government quitting the migration pact?", "108-seattletimes-ap-poland", "The latest report, The Seattle Times / AP (November 20, 2018): "},
		{"What did the earliest report say about quitting the migration pact?", "trump-boycotts-un-migration-talks", "The earliest report, Foreign Policy (December 2, 2017): "},
		{"Who quit the migration pact since July 2018?", "078-reuters-in-hungary-quit", ""},
		// The words that ask for the order name the reports, not what
		// they tell; the report must name Hungary where it answers.
		{"Which outlet reported first that Hungary would quit the pact?", "078-reuters-in-hungary-quit", "The earliest report, Reuters (July 18, 2018): "},
		{"What is the latest news on Hungary and the migration pact?", "108-seattletimes-ap-poland", "The latest report, The Seattle Times / AP (November 20, 2018): "},
		{"Who quit the migration pact after July 2018?", "108-seattletimes-ap-poland", ""},
	} {
		ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Refused || len(ans.Citations) == 0 || ans.Citations[0].Doc != tc.doc || !strings.HasPrefix(ans.Text, tc.lead) {
			t.Errorf("%q: %s %+v, want %s cited first after %q", tc.q, ans.Text, ans.Citations, tc.doc, tc.lead)
		}
		for _, c := range ans.Citations {
			if strings.Contains(tc.q, "July 2018") && c.Doc == "trump-boycotts-un-migration-talks" {
				t.Errorf("%q cites an article of 2017: %+v", tc.q, c)
			}
		}
	}
}
