package answer

import (
	"strings"
	"testing"
)

// TestScheduleIsNoReason: "due to" before a verb schedules ("due to be
// approved"); before a noun it gives a cause.
func TestScheduleIsNoReason(t *testing.T) {
	for s, want := range map[string]bool{
		"It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco.": false,
		"The talks are due to begin on Monday.":                                            false,
		"The talks were delayed due to the storm.":                                         true,
		"It was cancelled because it rained.":                                              true,
	} {
		if got := hasKind(kindReason, s, nil); got != want {
			t.Errorf("hasKind(reason, %q) = %v, want %v", s, got, want)
		}
	}
	e, _ := newExtractive(t)
	a := asker(t, e)("why wont poland back the compact")
	if a.Refused || !strings.Contains(a.Text, "sovereign") {
		t.Errorf("answered (refused=%v) %q, want Poland's reason", a.Refused, a.Text)
	}
}
