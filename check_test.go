package footnote

import "testing"

type paraMap map[int]string

func (m paraMap) Paragraph(doc string, n int) (Paragraph, bool) {
	t, ok := m[n]
	if doc != "a" || !ok {
		return Paragraph{}, false
	}
	return Paragraph{Doc: doc, N: n, Text: t}, true
}

func TestCheckCitations(t *testing.T) {
	src := paraMap{
		2: "Trump made the decision on Friday \u2014 a day dominated by Senate negotiations on a landmark tax bill.",
		6: "The U.S. mission said it was \u201cending its participation in the Global Compact on Migration.\u201d",
	}
	tests := []struct {
		name string
		c    Citation
		keep bool
	}{
		{"verbatim", Citation{Doc: "a", Paragraph: 2, Quote: "Trump made the decision on Friday"}, true},
		{"straight dash and spacing", Citation{Doc: "a", Paragraph: 2, Quote: "on Friday -  a day dominated"}, true},
		{"straight quotes", Citation{Doc: "a", Paragraph: 6, Quote: `it was "ending its participation`}, true},
		{"case folded", Citation{Doc: "a", Paragraph: 2, Quote: "TRUMP MADE THE DECISION"}, true},
		{"wrong paragraph", Citation{Doc: "a", Paragraph: 6, Quote: "Trump made the decision on Friday"}, false},
		{"paragraph does not exist", Citation{Doc: "a", Paragraph: 99, Quote: "Trump made the decision on Friday"}, false},
		{"unknown article", Citation{Doc: "b", Paragraph: 2, Quote: "Trump made the decision on Friday"}, false},
		{"invented words", Citation{Doc: "a", Paragraph: 2, Quote: "Trump made the decision on Thursday"}, false},
		{"too short to prove anything", Citation{Doc: "a", Paragraph: 2, Quote: "Trump"}, false},
		{"empty", Citation{Doc: "a", Paragraph: 2, Quote: ""}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kept, dropped := CheckCitations(src, []Citation{tt.c})
			if got := len(kept) == 1; got != tt.keep {
				t.Fatalf("kept=%v dropped=%v, want keep=%v", kept, dropped, tt.keep)
			}
		})
	}
}
