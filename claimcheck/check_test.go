package claimcheck

import (
	"context"
	"errors"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/testindex"
	"github.com/footnote-bot/footnote/retrieval"
)

func newChecker(t testing.TB) (*Checker, *retrieval.Index) {
	return newCheckerOn(t, "../testdata/articles")
}

func newCheckerOn(t testing.TB, dir string) (*Checker, *retrieval.Index) {
	t.Helper()
	ix := testindex.Build(t, dir)
	return New(ix, ix), ix
}

func TestCheckVerdicts(t *testing.T) {
	c, ix := newChecker(t)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string // the article a citation must come from; "" for none
	}{
		{"Hungary will quit the United Nations migration pact", Supported, "078-reuters-in-hungary-quit"},
		{"Nikki Haley was overruled by the president", Supported, "trump-boycotts-un-migration-talks"},
		// A reversed stance is never supported.
		{"Hungary will stay in the United Nations migration pact", Contradicted, "078-reuters-in-hungary-quit"},
		// A different number on the same subject.
		{"The compact is due to be formally approved at a Dec. 20 meeting in Marrakech", Contradicted, "108-seattletimes-ap-poland"},
		// A negated claim the coverage affirms.
		{"Hungary will never quit the United Nations migration pact", Contradicted, "078-reuters-in-hungary-quit"},
		// A negated claim in lower case that the coverage affirms in
		// other words ("endorsed").
		{"the obama administration never backed the new york declaration", Contradicted, "trump-boycotts-un-migration-talks"},
		// A filler ("ended up") is set aside; the rest is checked.
		{"brian hook from state ended up recommending ditching the talks", Supported, "trump-boycotts-un-migration-talks"},
		// A claim in another language.
		{"Donald Trump decidió boicotear la conferencia sobre migración en Puerto Vallarta, México", Supported, "trump-boycotts-un-migration-talks"},
		{"Japan pledged money to help countries implement the compact", NotCovered, ""},
		// The coverage names other people than the claim: not the
		// opposite of what the claim denies.
		{"the trump administration never backed the new york declaration", NotCovered, ""},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if res.Claim != tc.claim || res.Explanation == "" {
			t.Errorf("%q: result %+v lacks the claim or an explanation", tc.claim, res)
		}
		if tc.doc == "" {
			if !strings.Contains(res.Explanation, "does not report") {
				t.Errorf("%q: explanation %q does not say it is not covered", tc.claim, res.Explanation)
			}
			continue
		}
		kept, dropped := footnote.CheckCitations(ix, res.Citations)
		if len(kept) == 0 || len(dropped) > 0 {
			t.Errorf("%q: citations %+v, want verified ones", tc.claim, res.Citations)
		}
		if kept[0].Doc != tc.doc || !strings.Contains(res.Explanation, kept[0].Quote) {
			t.Errorf("%q: cites %s with explanation %q, want %s quoted", tc.claim, kept[0].Doc, res.Explanation, tc.doc)
		}
	}
}

// fixed retrieves the same passages for any query.
type fixed map[int]string

func (f fixed) Retrieve(context.Context, string, int) ([]footnote.Passage, error) {
	var out []footnote.Passage
	for n := 1; n <= len(f); n++ {
		out = append(out, footnote.Passage{Doc: "d", N: n, Score: 1 / float64(n)})
	}
	return out, nil
}

func (f fixed) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := f[n]
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, ok && doc == "d"
}

func TestCheckDisputedCitesEachSide(t *testing.T) {
	f := fixed{
		1: "The ministers of the region will meet in Marrakech on December 10 to adopt the compact, officials said.",
		2: "Organizers said the ministers of the region will meet in Marrakech on December 12 to adopt the compact.",
	}
	res, err := New(f, f).Check(context.Background(), "The ministers will meet in Marrakech on December 10 to adopt the compact")
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict != Disputed || len(res.Citations) != 2 || res.Citations[0].Paragraph == res.Citations[1].Paragraph {
		t.Errorf("result %+v, want disputed citing both paragraphs", res)
	}
}

type failing struct{}

func (failing) Retrieve(context.Context, string, int) ([]footnote.Passage, error) {
	return nil, errors.New("index closed")
}

func TestCheckReportsRetrievalError(t *testing.T) {
	_, ix := newChecker(t)
	if _, err := New(failing{}, ix).Check(context.Background(), "Hungary will quit"); err == nil {
		t.Error("no error from a failing retriever")
	}
}

// stayClaim is a claim the coverage contradicts; dayClaim one whose day
// outlets give differently (the dates of the sentences are read).
const (
	stayClaim = "Hungary will stay in the United Nations migration pact"
	dayClaim  = "the US mission told the UN on saturday that it was quitting the migration compact"
)

func BenchmarkCheckWarm(b *testing.B) { benchCheck(b, "../testdata/articles", stayClaim) }

// BenchmarkCheckWarmDay checks a claim that gives a day.
func BenchmarkCheckWarmDay(b *testing.B) { benchCheck(b, "../testdata/articles", dayClaim) }

// BenchmarkCheckWarmCoverage checks a claim against a whole coverage: set
// FOOTNOTE_BENCH_DOCS to a docs directory (the 80 imported coverage pages).
func BenchmarkCheckWarmCoverage(b *testing.B) {
	dir := os.Getenv("FOOTNOTE_BENCH_DOCS")
	if dir == "" {
		b.Skip("FOOTNOTE_BENCH_DOCS is not set")
	}
	benchCheck(b, dir, stayClaim)
}

// BenchmarkCheckWarmCoverageDay checks a claim that gives a day against a
// whole coverage (FOOTNOTE_BENCH_DOCS, as above).
func BenchmarkCheckWarmCoverageDay(b *testing.B) {
	dir := os.Getenv("FOOTNOTE_BENCH_DOCS")
	if dir == "" {
		b.Skip("FOOTNOTE_BENCH_DOCS is not set")
	}
	benchCheck(b, dir, dayClaim)
}

func benchCheck(b *testing.B, dir, claim string) {
	c, _ := newCheckerOn(b, dir)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Check(ctx, claim); err != nil {
			b.Fatal(err)
		}
	}
}

// library is paragraphs of several articles, each in its language.
type library struct {
	paras map[string][]string // doc → its paragraphs, from ¶1
	langs map[string]string
	heads map[string]string // doc → its headline (¶0), when it has one
}

// Retrieve returns every paragraph, in the order of the articles' IDs: a
// retriever answers in a fixed order (by relevance), and a test must not
// hang on the order Go happens to walk a map in.
func (l library) Retrieve(context.Context, string, int) ([]footnote.Passage, error) {
	var out []footnote.Passage
	for _, doc := range slices.Sorted(maps.Keys(l.paras)) {
		for i := range l.paras[doc] {
			out = append(out, footnote.Passage{Doc: doc, N: i + 1})
		}
	}
	return out, nil
}

func (l library) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	ps := l.paras[doc]
	if h, ok := l.heads[doc]; ok && n == 0 {
		return footnote.Paragraph{Doc: doc, N: 0, Text: h}, true
	}
	if n < 1 || n > len(ps) {
		return footnote.Paragraph{}, false
	}
	return footnote.Paragraph{Doc: doc, N: n, Text: ps[n-1]}, true
}

func (l library) Articles() []footnote.Article {
	var out []footnote.Article
	for _, doc := range slices.Sorted(maps.Keys(l.langs)) {
		out = append(out, footnote.Article{ID: doc, Language: l.langs[doc]})
	}
	return out
}

func TestCheckComparesNumbersAcrossLanguages(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"un": {"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the conference began today."},
			"es": {"La reunión de Puerto Vallarta reunió a 400 delegados de 136 países."},
		},
		langs: map[string]string{"un": "en", "es": "es"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string
	}{
		// "zwei Wochen" against "three-day": a different length of time.
		{"Das Vorbereitungstreffen in Puerto Vallarta hat zwei Wochen gedauert", Contradicted, "un"},
		{"The meeting in Puerto Vallarta brought together 600 delegates", Contradicted, "es"},
		// Its sentence holds every other word: still another length.
		{"The two-day preparatory stocktaking meeting of the conference began today in Puerto Vallarta", Contradicted, "un"},
		// A count is not compared with the day of a date.
		{"The Puerto Vallarta meeting hosted 4 ministers", NotCovered, ""},
		// No names in common: another meeting.
		{"Das Treffen in Marrakesch hat zwei Wochen gedauert", NotCovered, ""},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if tc.doc != "" && (len(res.Citations) != 1 || res.Citations[0].Doc != tc.doc || !strings.Contains(res.Explanation, res.Citations[0].Quote)) {
			t.Errorf("%q: citations %+v, want the passage of %s quoted", tc.claim, res.Citations, tc.doc)
		}
	}
}

func TestCheckDisputedWhenSourcesGiveDifferentNumbers(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"a": {"Según Naciones Unidas, unos 22,5 millones de refugiados han huido de sus países."},
			"b": {"Unos 65 millones de refugiados han huido de sus países, según Naciones Unidas."},
			"c": {"Naciones Unidas abrió 3 oficinas."},
		},
		langs: map[string]string{"a": "es", "b": "es", "c": "es"},
	}
	res, err := New(l, l).Check(context.Background(), "Naciones Unidas dice que 65 millones de refugiados han huido de sus países")
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict != Disputed || len(res.Citations) != 2 || res.Citations[0].Doc == res.Citations[1].Doc {
		t.Errorf("result %+v, want disputed citing both sides", res)
	}
}

// wordMatch retrieves the paragraphs of a library that share most words
// with the query, as a lexical index does.
type wordMatch struct{ library }

func (w wordMatch) Retrieve(_ context.Context, query string, k int) ([]footnote.Passage, error) {
	all, _ := w.library.Retrieve(context.Background(), query, 0)
	score := func(p footnote.Passage) int {
		para, _ := w.Paragraph(p.Doc, p.N)
		words := strings.FieldsFunc(strings.ToLower(para.Text), func(r rune) bool { return !unicode.IsLetter(r) })
		n := 0
		for _, q := range strings.Fields(strings.ToLower(query)) {
			n += boolInt(slices.Contains(words, q))
		}
		return n
	}
	slices.SortStableFunc(all, func(a, b footnote.Passage) int { return score(b) - score(a) })
	return all[:min(k, len(all))], nil
}

func TestCheckRetrievesByNamesAcrossLanguages(t *testing.T) {
	l := wordMatch{library{
		paras: map[string][]string{
			"de": {"Das Vorbereitungstreffen hat am Montag begonnen, sagte der Minister."},
			"en": {"PUERTO VALLARTA, Mexico, 4 December — The three-day stocktaking meeting in Puerto Vallarta began today."},
		},
		langs: map[string]string{"de": "de", "en": "en"},
	}}
	c := New(l, l)
	c.K = 1
	res, err := c.Check(context.Background(), "Das Vorbereitungstreffen in Puerto Vallarta hat zwei Wochen gedauert")
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict != Contradicted || len(res.Citations) != 1 || res.Citations[0].Doc != "en" {
		t.Errorf("result %+v, want contradicted by the English article", res)
	}
}

func TestCheckNeverSupportsAnotherDayInLowerCase(t *testing.T) {
	c, _ := newChecker(t)
	for _, claim := range []string{
		"trump decided to boycott a global conference on migration scheduled to begin saturday in puerto vallarta",
		"hungary will quit the united nations migration pact on sunday",
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == Supported {
			t.Errorf("%q: supported by %+v", claim, res.Citations)
		}
	}
}

// TestCheckNeverSupportsARefusalTurnedAround: a claim in another language
// that says someone refused what the articles say they did is never
// supported, while the same claim without the refusal is.
func TestCheckNeverSupportsARefusalTurnedAround(t *testing.T) {
	c, _ := newChecker(t)
	for claim, supported := range map[string]bool{
		"Donald Trump se negó a boicotear la conferencia sobre migración en Puerto Vallarta": false,
		"Donald Trump decidió boicotear la conferencia sobre migración en Puerto Vallarta":   true,
		"Hungría se negó a abandonar el pacto migratorio de la ONU":                          false,
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != supported {
			t.Errorf("%q: verdict %s, want supported=%v (%+v)", claim, res.Verdict, supported, res.Citations)
		}
	}
}

// TestCheckNeverSupportsSwappedActors: a claim that has the person acted on
// doing the act is never supported, in the active and the
// passive; the same act the right way round is (swappedActors has its own
// tests on sentences of other articles).
func TestCheckNeverSupportsSwappedActors(t *testing.T) {
	c, _ := newChecker(t)
	for claim, supported := range map[string]bool{
		"Haley overruled the president":                        false,
		"Nikki Haley overruled Trump":                          false,
		"The president overruled Haley":                        true,
		"Trump overruled Haley":                                true, // "the president" is Trump
		"Guterres informed the U.S. mission":                   false,
		"The U.S. mission was informed by Guterres":            false,
		"The U.S. mission informed Secretary-General Guterres": true,
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != supported {
			t.Errorf("%q: verdict %s, want supported=%v (%+v)", claim, res.Verdict, supported, res.Citations)
		}
	}
}
