package eval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// corpus is two articles, "d" (labelled D) and "e" (labelled E), each
// with the same paragraphs, so that a citation must name the right one.
type corpus map[int]string

func (p corpus) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := p[n]
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, ok && (doc == "d" || doc == "e")
}

func (p corpus) Articles() []footnote.Article {
	return []footnote.Article{{ID: "d", Label: "D"}, {ID: "e", Label: "E"}}
}

func TestUnverified(t *testing.T) {
	src := corpus{7: "She was ultimately overruled by the president, according to diplomatic sources."}
	ok := footnote.Citation{Doc: "d", Paragraph: 7, Quote: "She was ultimately overruled by the president"}
	tests := []struct {
		name string
		a    footnote.Answer
		want int
	}{
		{"verified", footnote.Answer{Text: "She was overruled [D ¶7].", Citations: []footnote.Citation{ok}}, 0},
		{"curly and case folded", footnote.Answer{Text: "x [D ¶7]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 7, Quote: "SHE WAS ULTIMATELY overruled"}}}, 0},
		{"quote not in paragraph", footnote.Answer{Text: "x [D ¶7]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 7, Quote: "overruled by the cabinet"}}}, 2},
		{"marker without a citation", footnote.Answer{Text: "She was overruled [D ¶7]. He left [D ¶9].", Citations: []footnote.Citation{ok}}, 1},
		{"paragraph that does not exist", footnote.Answer{Text: "x [D ¶99]", Citations: []footnote.Citation{{Doc: "d", Paragraph: 99, Quote: "She was ultimately overruled"}}}, 2},
		{"marker naming another article", footnote.Answer{Text: "She was overruled [E ¶7].", Citations: []footnote.Citation{ok}}, 1},
		{"bare marker in a labelled corpus", footnote.Answer{Text: "She was overruled [¶7].", Citations: []footnote.Citation{ok}}, 1},
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

func TestResolveGold(t *testing.T) {
	two := corpus{}.Articles()
	cases, err := Read(strings.NewReader(`{"id":"a","question":"Q?","doc":"e","gold":[1,{"doc":"d","paragraph":2}]}` + "\n" +
		`{"id":"b","question":"R?","gold":[{"doc":"d","paragraph":3}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := Resolve(cases, two); err != nil {
		t.Fatal(err)
	}
	if got := []Ref{cases[0].Gold[0], cases[0].Gold[1], cases[1].Gold[0]}; got[0] != (Ref{"e", 1}) || got[1] != (Ref{"d", 2}) || got[2] != (Ref{"d", 3}) {
		t.Fatalf("gold = %v", got)
	}
	// A bare number is ambiguous with two articles, and fine with one.
	bare, _ := Read(strings.NewReader(`{"id":"c","question":"Q?","gold":[4]}`))
	if err := Resolve(bare, two); err == nil || !strings.Contains(err.Error(), "case c") {
		t.Fatalf("ambiguous gold: %v", err)
	}
	if err := Resolve(bare, two[:1]); err != nil || bare[0].Gold[0] != (Ref{"d", 4}) {
		t.Fatalf("one article: %v %v", bare[0].Gold, err)
	}
	unknown, _ := Read(strings.NewReader(`{"id":"u","question":"Q?","doc":"zzz","gold":[1]}`))
	if err := Resolve(unknown, two); err == nil || !strings.Contains(err.Error(), "zzz") {
		t.Fatalf("unknown article: %v", err)
	}
}

// TestConflictsAndRedundancy: a question the sources disagree on counts
// as surfaced when the answer names two versions, each cited from its
// gold paragraph; right when it names one; and the same quote cited from
// two articles is counted as redundant.
func TestConflictsAndRedundancy(t *testing.T) {
	src := corpus{1: "The US told the UN on Saturday, officials said.", 2: "The US told the UN on Sunday, officials said."}
	cases, err := Read(strings.NewReader(`{"id":"c","question":"On what day?","versions":[{"must":"saturday","gold":[{"doc":"d","paragraph":1}]},{"must":"sunday|dimanche","gold":[{"doc":"e","paragraph":2}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	sat := footnote.Citation{Doc: "d", Paragraph: 1, Quote: "The US told the UN on Saturday"}
	sun := footnote.Citation{Doc: "e", Paragraph: 2, Quote: "The US told the UN on Sunday"}
	for _, tt := range []struct {
		name                    string
		a                       footnote.Answer
		right                   bool
		surfaced, redundantWant int
	}{
		{"both versions", footnote.Answer{Text: "Sources differ. D says Saturday [D ¶1]; E says Sunday [E ¶2].", Citations: []footnote.Citation{sat, sun}}, true, 1, 0},
		{"one version", footnote.Answer{Text: "Saturday [D ¶1].", Citations: []footnote.Citation{sat}}, true, 0, 0},
		{"named, cited elsewhere", footnote.Answer{Text: "Saturday or Sunday [D ¶1].", Citations: []footnote.Citation{sat}}, true, 0, 0},
		{"one quote from two copies", footnote.Answer{Text: "Saturday [D ¶1] [E ¶1].", Citations: []footnote.Citation{sat, {Doc: "e", Paragraph: 1, Quote: sat.Quote}}}, true, 0, 1},
		{"no version", footnote.Answer{Text: "Monday [E ¶2].", Citations: []footnote.Citation{sun}}, false, 0, 0},
		{"refused", footnote.Answer{Text: "I can't answer that.", Refused: true}, false, 0, 0},
	} {
		rep, err := Run(context.Background(), fixed(tt.a), src, cases, footnote.ModeExtractive)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Results[0].Correct != tt.right || rep.ConflictsSurfaced != tt.surfaced || rep.Conflicts != 1 || rep.RedundantCitations != tt.redundantWant {
			t.Errorf("%s: right %v surfaced %d/%d redundant %d", tt.name, rep.Results[0].Correct, rep.ConflictsSurfaced, rep.Conflicts, rep.RedundantCitations)
		}
	}
}

// fixed answers every question with one answer.
type fixed footnote.Answer

func (f fixed) Answer(context.Context, footnote.Question) (footnote.Answer, error) {
	return footnote.Answer(f), nil
}

// TestEvidenceGold: gold given as phrases of imported pages becomes the
// paragraphs that hold them (whole, or most of their words when the
// importer split them), by version for a disputed question; an
// out-of-scope question is one to refuse.
func TestEvidenceGold(t *testing.T) {
	arts := []footnote.Article{{ID: "078-reuters", Paragraphs: []footnote.Paragraph{
		{Doc: "078-reuters", N: 0, Text: "Hungary to quit U.N. migration pact"},
		{Doc: "078-reuters", N: 1, Text: "Hungary will quit the pact, Peter Szijjarto said on Wednesday."},
		{Doc: "078-reuters", N: 2, Text: "The accord is to be formally adopted in December,"},
		{Doc: "078-reuters", N: 3, Text: "but Hungary will not take part at the Morocco meeting."},
	}}, {ID: "108-ap", Paragraphs: []footnote.Paragraph{
		{Doc: "108-ap", N: 1, Text: "It is due to be approved at a Dec. 10-11 meeting."},
	}}}
	cases, err := Read(strings.NewReader(
		`{"id":"a","kind":"fact","question":"Who said so?","evidence":[{"file":"raw/078-reuters.txt","phrase":"PETER SZIJJARTO said"},{"file":"078-reuters.txt","phrase":"The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting."}]}` + "\n" +
			`{"id":"b","kind":"conflict","question":"When?","evidence":[{"file":"078-reuters.txt","phrase":"formally adopted in December"},{"file":"108-ap.txt","phrase":"Dec. 10-11"},{"file":"999-lost.txt","phrase":"x"}],"versions":[{"must":"december","files":["078-reuters.txt"]},{"must":"10-11","files":["108-ap.txt"]}]}` + "\n" +
			`{"id":"c","kind":"out_of_scope","question":"How big is the UN budget?"}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := Resolve(cases, arts); err != nil {
		t.Fatal(err)
	}
	want := []Ref{{"078-reuters", 1}, {"078-reuters", 2}, {"078-reuters", 3}}
	if !slices.Equal(cases[0].Gold, want) {
		t.Errorf("gold = %v, want %v", cases[0].Gold, want)
	}
	if v := cases[1].Versions; len(cases[1].Gold) != 0 || !slices.Equal(v[0].Gold, []Ref{{"078-reuters", 2}}) || !slices.Equal(v[1].Gold, []Ref{{"108-ap", 1}}) {
		t.Errorf("versions = %+v, gold %v", v, cases[1].Gold)
	}
	if !cases[2].Refuse {
		t.Error("out of scope is not to be refused")
	}
}
