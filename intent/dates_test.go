package intent

import (
	"slices"
	"testing"
	"time"
)

// TestOrderAndWindow: "latest" and "earliest report" ask for an order of
// the reports, a bare "first" does not; "since", "after" and "before" a
// date bound them, and the date's words leave the question.
func TestOrderAndWindow(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		q        string
		order    Order
		from, to time.Time
		words    string
	}{
		{"What is the latest on Poland?", Latest, time.Time{}, time.Time{}, "What is the latest on Poland?"},
		{"which outlet reported it first?", Earliest, time.Time{}, time.Time{}, "which outlet reported it first?"},
		{"What was the State Department's first position?", Anytime, time.Time{}, time.Time{}, "What was the State Department's first position?"},
		{"Who quit the pact since July 2018?", Anytime, day(2018, 7, 1), time.Time{}, "Who quit the pact ?"},
		{"Who quit after December 10, 2018 and why?", Anytime, day(2018, 12, 11), time.Time{}, "Who quit and why?"},
		{"Who quit before 2018?", Anytime, time.Time{}, day(2018, 1, 1), "Who quit ?"},
		{"What happened after Marrakech?", Anytime, time.Time{}, time.Time{}, "What happened after Marrakech?"},
		{"Which outlet reported the US withdrawal first?", Earliest, time.Time{}, time.Time{}, "Which outlet reported the US withdrawal first?"},
		{"Which paper was first to report the vote?", Earliest, time.Time{}, time.Time{}, "Which paper was first to report the vote?"},
		{"Who reported the vote, and what was its first result?", Anytime, time.Time{}, time.Time{}, "Who reported the vote, and what was its first result?"},
	} {
		in := Parse(tc.q, nil)
		if in.Order != tc.order || !in.From.Equal(tc.from) || !in.To.Equal(tc.to) {
			t.Errorf("%q: order %v from %v to %v, want %v %v %v", tc.q, in.Order, in.From, in.To, tc.order, tc.from, tc.to)
		}
		if got := WithoutDates(tc.q); got != tc.words {
			t.Errorf("WithoutDates(%q) = %q, want %q", tc.q, got, tc.words)
		}
	}
}

// TestWithoutOrder: a question about the order of the reports loses the
// words that name the reports and their order; another keeps them.
func TestWithoutOrder(t *testing.T) {
	for q, want := range map[string]string{
		"Which outlet reported the US withdrawal first?": "Which   the US withdrawal ?",
		"What is the latest report on Belgium?":          "What is the   on Belgium?",
		"Who reported the first vote?":                   "Who reported the first vote?",
	} {
		if got := WithoutOrder(q); got != want {
			t.Errorf("WithoutOrder(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestEvents: a bound that names an event, not a date, is what the
// question dates its act by; a date is not an event.
func TestEvents(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"When was the vote expected after the Madrid summit?", []string{"the Madrid summit"}},
		{"What did Hungary say before the election, and why?", []string{"the election"}},
		{"Which countries left after the vote and the protests?", []string{"the vote"}},
		{"Who quit after December 10, 2018?", nil},
		{"Who quit the pact?", nil},
	} {
		if got := Events(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("Events(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
