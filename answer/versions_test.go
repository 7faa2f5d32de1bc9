package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
)

// testCoverage holds five pages of the coverage crawl (see its
// SOURCES.txt): two AP copies that disagree on the Marrakech dates and
// share a paragraph word for word, two outlets that disagree on how many
// people were displaced, and a German one.
const testCoverage = "../testdata/coverage"

// TestSourcesDiffer: when the retrieved outlets give different values for
// what was asked, the answer says so and cites each version from its
// outlet; when they agree, it cites one and names the copies.
func TestSourcesDiffer(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ask := func(q string) footnote.Answer { return mustAnswer(t, e, q) }
	docs := func(ans footnote.Answer) map[string]bool {
		out := map[string]bool{}
		for _, c := range ans.Citations {
			out[c.Doc] = true
		}
		return out
	}
	for _, tc := range []struct {
		q        string
		values   []string
		docs     []string
		disagree bool
	}{
		{"How many people had been forcibly displaced worldwide when the US left the compact talks?",
			[]string{"60 million", "65.6 million"}, []string{"126-justiceforall-statement", "175-pbs-newshour"}, true},
		{"On which dates was the compact due to be formally approved in Marrakech?",
			[]string{"10-11", "11-12"}, []string{"083-foxnews-ap-austria", "108-seattletimes-ap-poland"}, true},
		{"Which provisions did the United States say were inconsistent with its immigration and refugee policies?",
			[]string{"inconsistent with U.S. immigration", "also reported by"}, nil, false},
	} {
		ans := ask(tc.q)
		if got := strings.HasPrefix(ans.Text, "Sources differ."); got != tc.disagree {
			t.Errorf("%q: says sources differ %v, want %v: %s", tc.q, got, tc.disagree, ans.Text)
		}
		for _, v := range tc.values {
			if !strings.Contains(ans.Text, v) {
				t.Errorf("%q: answer lacks %q: %s", tc.q, v, ans.Text)
			}
		}
		cited := docs(ans)
		for _, d := range tc.docs {
			if !cited[d] {
				t.Errorf("%q: %s not cited: %+v", tc.q, d, ans.Citations)
			}
		}
		if !tc.disagree && len(ans.Citations) != 1 {
			t.Errorf("%q: copies of one paragraph cited %d times: %+v", tc.q, len(ans.Citations), ans.Citations)
		}
	}
}

// mustAnswer answers q with e, failing the test when it errs or refuses.
func mustAnswer(t *testing.T, e *Extractive, q string) footnote.Answer {
	t.Helper()
	ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused {
		t.Fatalf("%q refused: %s", q, ans.Text)
	}
	return ans
}

// TestQuestionInItsLanguage: a German question, whose nouns are all
// capitalised, finds the German article.
func TestQuestionInItsLanguage(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "Welches Land will den UN-Migrationspakt laut Ministerpräsident Netanjahu nicht unterzeichnen?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || !strings.Contains(ans.Text, "Israel") || len(ans.Citations) == 0 || ans.Citations[0].Doc != "100-jungefreiheit-israel" {
		t.Errorf("German question answered %v: %s %+v", !ans.Refused, ans.Text, ans.Citations)
	}
}

// TestValueOf: a time is the days next to its month, not the other
// numbers of the sentence; a number is every number but years.
func TestValueOf(t *testing.T) {
	for _, tc := range []struct {
		k    kind
		s    string
		want string
	}{
		{kindTime, "MARRAKECH, 11 December - the conference adopted its 23 objectives for 258 million people.", "11 dec"},
		{kindTime, "It will take place on 10 and 11 December in Marrakesh.", "10 11 dec"},
		{kindTime, "It is due to be approved at a Dec. 10-11 meeting in 2018.", "10 11 dec"},
		{kindTime, "It was approved on Monday 10 in Marrakesh.", "10"},
		{kindTime, "The US told the UN on Saturday.", "saturday"},
		{kindTime, "It is subject to another vote next year.", "next year"},
		{kindNumber, "About 65 million people in 2017, of them 22 million refugees.", "65 22"},
		{kindTime, "It was approved in July by all 193 UN member nations except the US.", "july"},
	} {
		if got := valueOf(tc.k, tc.s, map[string]bool{}); got != tc.want {
			t.Errorf("valueOf(%v, %q) = %q, want %q", tc.k, tc.s, got, tc.want)
		}
	}
}

// TestDatingTermHeldByArticle: a year that dates the question may be
// anywhere in the answer's article; a name must be in the sentence or its
// context.
func TestDatingTermHeldByArticle(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const doc = "108-seattletimes-ap-poland"
	var s sentence
	for _, c := range e.sentences([]footnote.Passage{{Doc: doc, N: 2}}) {
		if strings.Contains(c.text, "Marrakech") {
			s = c
		}
	}
	if s.text == "" || strings.Contains(s.text, "2016") {
		t.Fatalf("test sentence %q", s.text)
	}
	term := func(w string, number bool) qterm {
		return qterm{Term: retrieval.Term{Word: w, Stem: w, Name: !number, Number: number}, matches: map[string]float64{w: 1}}
	}
	if !e.holds(term("2016", true), s) {
		t.Errorf("a year the article gives is not held")
	}
	if e.holds(term("1999", true), s) {
		t.Errorf("a year the article lacks is held")
	}
	if e.holds(term("obama", false), s) {
		t.Errorf("a name elsewhere in the article is held by a sentence far from it")
	}
}

// TestDatedOutlet: a version is introduced by its outlet and, when known,
// its date.
func TestDatedOutlet(t *testing.T) {
	e, _ := newExtractive(t)
	if got, want := e.dated("trump-boycotts-un-migration-talks"), "Foreign Policy (December 2, 2017)"; got != want {
		t.Errorf("dated(FP) = %q, want %q", got, want)
	}
}

// TestRivalNamedByItsArticle: a version from another outlet may leave a
// name of the question to its article (its headline, an earlier
// paragraph), but not a number.
func TestRivalNamedByItsArticle(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	name := func(w string) qterm {
		return qterm{Term: retrieval.Term{Word: w, Stem: w, Name: true}, matches: map[string]float64{w: 1}}
	}
	if !e.articleNames("108-seattletimes-ap-poland", name("marrakech")) {
		t.Error("an article that names Marrakech does not name it")
	}
	if e.articleNames("126-justiceforall-statement", name("marrakech")) {
		t.Error("an article that never names Marrakech names it")
	}
	q := "When was the compact due to be approved in Marrakech in 2018?"
	bar, ok := e.newAnswerBar(q, q, []footnote.Passage{{Doc: "108-seattletimes-ap-poland", N: 2}})
	if !ok {
		t.Fatal("no terms")
	}
	for _, s := range e.sentences([]footnote.Passage{{Doc: "126-justiceforall-statement", N: 1}}) {
		if bar.rivals(e, s, 0) {
			t.Errorf("a sentence whose article lacks Marrakech rivals: %q", s.text)
		}
	}
}

// TestVersionsOfTheActAsked: a time is a version only when it is the time
// of the act asked about: not that of the event the question dates the
// act by ("after the Marrakech conference"), nor one that stands only next
// to the act's actors in a clause about something else.
func TestVersionsOfTheActAsked(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	for _, tc := range []struct {
		q      string
		values []string
		docs   []string
		not    []string
	}{
		// The AP copy's "earlier this month" is when Marrakech approved
		// it, not when the General Assembly would.
		{"When was the UN General Assembly expected to formally endorse the compact after the Marrakech conference?",
			[]string{"19 December"}, []string{"060-un-press-marrakech-concludes-copy"}, []string{"earlier this month"}},
		// "a General Assembly plenary to be held on 19 December at which
		// the Global Compact will be formally adopted": 19 December is
		// when the plenary is held (see ofPredicate), the very Wednesday
		// the other outlets name, not a version that differs.
		{"On what day did the General Assembly endorse the migration compact?",
			[]string{"Wednesday"}, []string{"067-newsy-ga-endorses", "072-latimes-ap-ga-endorses"}, []string{"Sources differ", "19 December"}},
		// AP's "last December" and IRIN's "On 3 December" are one
		// version, quoted from the outlet that gives the day, not shown
		// as two.
		{"On what day did the US tell the UN it was leaving the migration talks?",
			[]string{"3 December"}, []string{"134-reliefweb-irin-ardittis", "108-seattletimes-ap-poland"}, []string{"last December"}},
	} {
		ans, err := e.Answer(context.Background(), footnote.Question{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if len(tc.values) > 1 && !strings.HasPrefix(ans.Text, "Sources differ.") {
			t.Errorf("%q: sources not said to differ: %s", tc.q, ans.Text)
		}
		for _, v := range tc.values {
			if !strings.Contains(ans.Text, v) {
				t.Errorf("%q: answer lacks %q: %s", tc.q, v, ans.Text)
			}
		}
		for _, v := range tc.not {
			if strings.Contains(ans.Text, v) {
				t.Errorf("%q: answer gives %q, the time of another event: %s", tc.q, v, ans.Text)
			}
		}
		cited := citedDocs(ans)
		for _, d := range tc.docs {
			if !cited[d] {
				t.Errorf("%q: %s not cited: %+v", tc.q, d, ans.Citations)
			}
		}
	}
}

// TestRivalsByArticle: an article's version of a time asked is given by
// its sentence that answers best, not by the first retrieved: Foreign
// Policy's "met early last week to determine whether the United States
// would participate" (retrieved first) is another act than its "On
// Saturday, the U.S. mission … informed", whatever the chosen answer
// says.
func TestRivalsByArticle(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	const q = "On what day did the US tell the UN it was leaving the migration talks?"
	const doc = "trump-boycotts-un-migration-talks"
	var passages []footnote.Passage
	for _, n := range []int{4, 2} { // the retrieved order: "last week" first
		passages = append(passages, footnote.Passage{Doc: doc, N: n, Text: e.article(doc).Paragraphs[n].Text})
	}
	bar, ok := e.newAnswerBar(q, q, passages)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	value := func(s sentence) string { return e.rivalTimeValue(ta, s) }
	candidates := e.sentences(passages)
	for agreed, want := range map[string]string{"saturday": "saturday", "friday": "saturday", "last week": "saturday"} {
		got := e.rivalsByArticle(bar, sentence{doc: "another"}, 0.1, candidates, value, func(v string, _ sentence) bool { return v == agreed }, func(a, b string) bool { return false })
		if len(got) != 1 || got[0].value != want {
			t.Errorf("chosen answer %q: versions of %s = %+v, want one, %q", agreed, doc, got, want)
		}
	}
}

// TestWholeArticles: the versions of a question are read in every
// paragraph of the articles retrieved, but the chosen answer's, and a
// paragraph that copies an earlier one is read once.
func TestWholeArticles(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const a, b = "083-foxnews-ap-austria", "108-seattletimes-ap-poland"
	got := e.wholeArticles([]footnote.Passage{{Doc: a, N: 1}, {Doc: b, N: 1}}, b)
	per := map[string]int{}
	for _, p := range got {
		per[p.Doc]++
	}
	if want := len(e.article(a).Paragraphs) - 1; per[a] > want || per[a] < want-1 {
		t.Errorf("%s: %d paragraphs read, want its %d (one may copy an earlier one)", a, per[a], want)
	}
	if per[b] != 1 {
		t.Errorf("%s (the chosen answer's): %d paragraphs read, want only the retrieved one", b, per[b])
	}
	all := e.wholeArticles([]footnote.Passage{{Doc: a, N: 1}, {Doc: b, N: 1}}, "")
	if n := len(e.article(a).Paragraphs) + len(e.article(b).Paragraphs) - 2; len(all) >= n {
		t.Errorf("both articles: %d paragraphs read, want fewer than %d (a paragraph they share word for word read once)", len(all), n)
	}
}

// TestWithinTime: a sentence that tells of several acts and names the day
// asked among them agrees with one that names the day alone; a month
// alone, or two different days, are left to the other rules.
func TestWithinTime(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"wednesday", "jul wednesday", true},
		{"jul wednesday", "wednesday", true},
		{"10 11 dec", "11 12 dec", false},
		{"saturday", "friday", false},
		{"december", "friday december", false},
		{"3 dec", "3 dec sunday", true},
	} {
		if got := withinTime(tc.a, tc.b); got != tc.want {
			t.Errorf("withinTime(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestArticleVersionByDay: of an article's sentences that answer about as
// well, its version of a time asked is the one that names a day, not one
// that tells a vaguer time ("early last week"), whichever comes first; a
// sentence agreeing with the chosen answer still wins over both.
func TestArticleVersionByDay(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"wire-a": "---\n\nEarly last week, the United States told the United Nations it would quit the migration talks.\n\nOn Saturday, the United States told the United Nations it would quit the migration talks.",
		"wire-b": "---\n\nIn recent weeks, Washington officials told the UN envoy that the US was leaving the migration negotiations.\n\nOn 3 December, Washington officials told the UN envoy that the US was leaving the migration negotiations.",
	})
	e, _ := newExtractiveOn(t, dir)
	const q = "On what day did the United States tell the United Nations it was leaving the migration talks?"
	var passages []footnote.Passage
	for _, doc := range []string{"wire-a", "wire-b"} {
		for _, p := range e.article(doc).Paragraphs[1:] {
			passages = append(passages, footnote.Passage{Doc: doc, N: p.N, Text: p.Text})
		}
	}
	bar, ok := e.newAnswerBar(q, q, passages)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	value := func(s sentence) string { return e.rivalTimeValue(ta, s) }
	finer := func(a, b string) bool { return namesDay(a) && !namesDay(b) }
	for agreed, want := range map[string][]string{
		"friday":    {"saturday", "3 dec"},
		"last week": {"last week", "3 dec"},
	} {
		got := e.rivalsByArticle(bar, sentence{doc: "another"}, 0.1, e.sentences(passages), value, func(v string, _ sentence) bool { return v == agreed }, finer)
		var values []string
		for _, r := range got {
			values = append(values, r.value)
		}
		if strings.Join(values, "|") != strings.Join(want, "|") {
			t.Errorf("chosen answer %q: versions = %q, want %q", agreed, values, want)
		}
	}
}

// TestSpanJoinsDay: an outlet that tells the act asked "last week" does
// not disagree with one that names its day (the day may fall in that
// week): the answer gives the day and cites both. Two outlets that name
// two days still differ, whatever a third says of the week.
func TestSpanJoinsDay(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"wire-a": "---\n\nHungary will quit the migration pact, Foreign Minister Peter Szijjarto said on Wednesday in Budapest.",
		"wire-b": "---\n\nThe government of Hungary announced last week that the country would quit the migration pact as well.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "On what day did Hungary say it would quit the migration pact?")
	if strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Wednesday") {
		t.Errorf("Wednesday and last week shown as differing, or the day lost: %s", ans.Text)
	}
	cited := citedDocs(ans)
	if !cited["wire-a"] || !cited["wire-b"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
	for _, tc := range []struct {
		day, span string
		want      bool
	}{
		{"wednesday", "last week", true},
		{"3 dec sunday", "this month", true},
		{"wednesday", "next year", false},
		{"december", "last week", false},
		{"friday", "saturday", false},
		{"last week", "wednesday", false},
	} {
		if got := withinSpan(tc.day, tc.span); got != tc.want {
			t.Errorf("withinSpan(%q, %q) = %v, want %v", tc.day, tc.span, got, tc.want)
		}
	}
}
