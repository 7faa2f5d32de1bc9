package answer

import "testing"

// TestTimePrecision: a day says more than a month, a month more than a
// year or a span; the question's own words are left out.
func TestTimePrecision(t *testing.T) {
	for _, tc := range []struct {
		s, q string
		want int
	}{
		{"The accord was signed in 2019.", "", timeSpan},
		{"The accord was signed in March 2019.", "", timeMonth},
		{"The accord was signed on 3 March 2019.", "", timeDay},
		{"It is due to be approved at a Dec. 10-11 meeting in Marrakech.", "", timeDay},
		{"Szijjarto said on Wednesday that Hungary would quit.", "", timeDay},
		{"Hungary said it would quit last week.", "", timeSpan},
		{"The accord was signed yesterday.", "", timeDay},
		{"In March, 2019 delegates came.", "", timeMonth},
		{"No time is told here.", "", timeNone},
		{"What happened in March 2019 was a vote.", "what happened in march", timeSpan},
	} {
		if got := timePrecision(tc.s, askedWords(tc.q)); got != tc.want {
			t.Errorf("timePrecision(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
