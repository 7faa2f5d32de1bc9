package eval

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

type paras map[int]string

func (p paras) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := p[n]
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, ok
}

func TestUnverified(t *testing.T) {
	src := paras{7: "She was ultimately overruled by the president, according to diplomatic sources."}
	ok := footnote.Citation{Doc: "d", Paragraph: 7, Quote: "She was ultimately overruled by the president"}
	tests := []struct {
		name string
		a    footnote.Answer
		want int
	}{
		{"verified", footnote.Answer{Text: "She was overruled [¶7].", Citations: []footnote.Citation{ok}}, 0},
		{"curly and case folded", footnote.Answer{Text: "x [¶7]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 7, Quote: "SHE WAS ULTIMATELY overruled"}}}, 0},
		{"quote not in paragraph", footnote.Answer{Text: "x [¶7]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 7, Quote: "overruled by the cabinet"}}}, 2},
		{"marker without a citation", footnote.Answer{Text: "She was overruled [¶7]. He left [¶9].", Citations: []footnote.Citation{ok}}, 1},
		{"paragraph that does not exist", footnote.Answer{Text: "x [¶99]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 99, Quote: "She was ultimately overruled"}}}, 2},
	}
	for _, tt := range tests {
		if got := unverified(src, tt.a); got != tt.want {
			t.Errorf("%s: unverified = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestRead(t *testing.T) {
	cases, err := Read(strings.NewReader(`{"id":"a","question":"Q?","gold":[1],"must":["x|y"]}` + "\n\n" + `{"id":"b","question":"R?","refuse":true}`))
	if err != nil || len(cases) != 2 || cases[1].Refuse != true || cases[0].Must[0] != "x|y" {
		t.Fatalf("%+v %v", cases, err)
	}
	if _, err := Read(strings.NewReader(`{"id":"a"}`)); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("missing question: %v", err)
	}
	if _, err := Read(strings.NewReader("not json")); err == nil {
		t.Fatal("bad JSON accepted")
	}
}
