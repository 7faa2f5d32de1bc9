package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestCountValue: the value a sentence gives of a count asked is its
// number of the thing counted, done in what was asked; other numbers of
// the sentence (of people, of another vote, of an earlier year) are not
// versions of it.
func TestCountValue(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const q = "How many countries adopted the compact in Marrakech?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	ca, ok := e.newCountAsk(q, askedWords(q), bar, []footnote.Passage{{Doc: "064-pagesdev-un-news-marrakech-copy", N: 2}})
	if !ok {
		t.Fatal("the question counts nothing")
	}
	for _, tc := range []struct{ s, want string }{
		{"The Global Compact for Migration was adopted on Monday by leading representatives from 164 Governments at an international conference in Marrakesh, Morocco.", "164"},
		{"The vote in favor of the resolution was lower than the 164 countries that approved the agreement by acclamation at a conference in Marrakech, Morocco, earlier this month.", "164"},
		{"Almost 160 nations adopted the pact in Marrakech on Monday.", "160"},
		{"Only five countries adopted the pact in Marrakech on Monday.", "5"},
		{"Some 163.5 countries adopted the pact in Marrakech on Monday.", "163.5"},
		{"More than 150 states formally approved the compact at the Marrakech meeting.", "150"},
		{"The number of countries that adopted the compact in Marrakech rose to 164 on Monday.", "164"},
		{"The number of people who adopted the compact in Marrakech rose to 164 on Monday.", ""},
		{"The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting “no” and 12 countries abstaining.", ""},
		{"The conference that adopted the Global Compact concluded today with appeals for its 23 sweeping objectives that can better the lives of the world's 258 million people on the move.", ""},
		{"In September 2016, all 193 U.N. member states, including the United States under President Barack Obama, adopted a declaration saying no country can manage international migration on its own.", ""},
	} {
		if got := e.countValue(ca, sentence{doc: "072-latimes-ap-ga-endorses", text: tc.s}); got != tc.want {
			t.Errorf("countValue(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestCountAnswered: "how many countries adopted it" is answered by the
// outlets that count the countries that did, and they agree; the other
// numbers the articles give near those words (the people on the move, the
// 2016 declaration, a later vote) are neither the answer nor versions of
// it. The same holds for a count of people in one article.
func TestCountAnswered(t *testing.T) {
	for _, tc := range []struct {
		dir, q     string
		want, docs []string
		not        []string
	}{
		{testCoverage, "How many countries adopted the compact in Marrakech?",
			[]string{"164"}, []string{"064-pagesdev-un-news-marrakech-copy", "072-latimes-ap-ga-endorses"}, []string{"Sources differ", "193", "258 million"}},
		{testArticles, "How many people have been forcibly displaced?",
			[]string{"60 million"}, []string{"trump-boycotts-un-migration-talks"}, []string{"Sources differ"}},
	} {
		e, _ := newExtractiveOn(t, tc.dir)
		ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Refused {
			t.Fatalf("%q refused: %s", tc.q, ans.Text)
		}
		for _, w := range tc.want {
			if !strings.Contains(ans.Text, w) {
				t.Errorf("%q: answer lacks %q: %s", tc.q, w, ans.Text)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(ans.Text, w) {
				t.Errorf("%q: answer gives %q: %s", tc.q, w, ans.Text)
			}
		}
		cited := map[string]bool{}
		for _, c := range ans.Citations {
			cited[c.Doc] = true
		}
		for _, d := range tc.docs {
			if !cited[d] {
				t.Errorf("%q: %s not cited: %+v", tc.q, d, ans.Citations)
			}
		}
	}
}
