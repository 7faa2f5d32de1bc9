package intent

import (
	"regexp"
	"strings"
	"time"
)

// Order is the publication order a question asks about: the latest
// report, the earliest one, or none.
type Order int

// The orders a question can ask for.
const (
	// Anytime is a question that asks for no order.
	Anytime Order = iota
	// Latest asks for the most recent report ("what is the latest on…").
	Latest
	// Earliest asks for the first report ("which outlet reported it
	// first", "the earliest report").
	Earliest
)

var (
	// latestRef asks for the newest report.
	latestRef = regexp.MustCompile(`(?i)\b(latest|most recent(ly)?|newest)\b`)
	// earliestRef asks for the oldest report; a bare "first" ("the first
	// position", "the first paragraph") is about the story, not the
	// reports.
	// "reported … first" counts only when "first" ends the clause: "who
	// reported the first vote?" is about the vote.
	earliestRef = regexp.MustCompile(`(?i)\b(earliest|oldest|first (report|reports|reported|news|article|articles|story|stories|coverage)|(first|earliest) to report|reported (it |this |that )?first\b|reported\b[^?.!;]{0,60}?\bfirst\s*([?.!;,]|$))`)
	// orderWords are the words of a question about the order of the
	// reports that name the reports, not what they tell ("which outlet
	// reported the US withdrawal first?" asks about the withdrawal).
	orderWords = regexp.MustCompile(`(?i)\b(latest|most recent(ly)?|newest|earliest|oldest|first|reported|reports?|outlets?|sources?|news|articles?|stor(y|ies)|coverage)\b`)
	// windowRef finds "after …", "since …", "before …", "until …" with
	// what follows it.
	windowRef = regexp.MustCompile(`(?i)\b(after|since|before|until|prior to)\s+([^?!.;]+)`)
	// eventEnd ends the event a bound names: a comma or a conjunction.
	eventEnd = regexp.MustCompile(`(?i),|\s(and|or|but)\s`)
)

// dateLayouts are the ways a date is written after "after" or "before",
// day first or month first, with or without the day.
var dateLayouts = []struct {
	layout string
	span   func(time.Time) time.Time // the first moment after the period
}{
	{"January 2, 2006", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"January 2 2006", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"2 January 2006", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"Jan 2, 2006", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"January 2006", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
	{"Jan 2006", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
	{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
}

// maxDateWords is how many words after "after" or "before" are read as
// its date ("December 10, 2018" is three).
const maxDateWords = 3

// window reads the dates a question bounds its reports by: "after
// December 10, 2018" or "since July 2018" sets from (the first day after
// the period named, or its first day for "since"), "before 2018" sets to
// (the period's first day). A bound it cannot read as a date ("after
// Marrakech") is left zero.
func window(q string) (from, to time.Time) {
	for _, m := range windowRef.FindAllStringSubmatch(q, -1) {
		start, end, _, ok := parseDate(m[2])
		if !ok {
			continue
		}
		switch strings.ToLower(m[1]) {
		case "after":
			from = end
		case "since":
			from = start
		default:
			to = start
		}
	}
	return from, to
}

// parseDate reads the date at the start of s, up to maxDateWords words:
// the period's first moment, the first moment after it, and the rest of s.
func parseDate(s string) (start, end time.Time, rest string, ok bool) {
	words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	for n := min(len(words), maxDateWords); n > 0; n-- {
		cand := strings.TrimRight(strings.Join(words[:n], " "), ",")
		for _, l := range dateLayouts {
			if t, err := time.Parse(l.layout, cand); err == nil {
				return t, l.span(t), strings.Join(words[n:], " "), true
			}
		}
	}
	return time.Time{}, time.Time{}, s, false
}

// orderOf reads the publication order a question asks for.
func orderOf(q string) Order {
	switch {
	case latestRef.MatchString(q):
		return Latest
	case earliestRef.MatchString(q):
		return Earliest
	}
	return Anytime
}

// Events returns the bounds of q that name an event rather than a date
// ("after the Marrakech conference" gives "the Marrakech conference"):
// what the question dates its act by, not the act itself. Bounds read as
// dates (see window) are not among them.
func Events(q string) []string {
	var out []string
	for _, m := range windowRef.FindAllStringSubmatch(q, -1) {
		if _, _, _, ok := parseDate(m[2]); !ok {
			ev := eventEnd.Split(m[2], 2)[0] // "the vote and why": the vote
			out = append(out, strings.TrimSpace(ev))
		}
	}
	return out
}

// WithoutOrder returns q without the words that ask for the order of the
// reports (see orderWords) when it asks for one, so that what is left says
// what the reports are about; q itself otherwise.
func WithoutOrder(q string) string {
	if orderOf(q) == Anytime {
		return q
	}
	return orderWords.ReplaceAllString(q, "")
}

// WithoutDates returns q without the date bounds window reads ("since
// July 2018"), so that the words of a date that bounds the reports are
// not looked for in them.
func WithoutDates(q string) string {
	return windowRef.ReplaceAllStringFunc(q, func(m string) string {
		sub := windowRef.FindStringSubmatch(m)
		_, _, rest, ok := parseDate(sub[2])
		if !ok {
			return m
		}
		return rest
	})
}
