package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// citedDocs returns the articles an answer cites.
func citedDocs(ans footnote.Answer) map[string]bool {
	cited := map[string]bool{}
	for _, c := range ans.Citations {
		cited[c.Doc] = true
	}
	return cited
}

// TestPlannedAndHappenedDay: a planned date and the weekday it happened on,
// each read with its article's date, are one version (the answer does not
// say the sources differ, and cites both outlets); a weekday and a date
// that name two days still differ.
func TestPlannedAndHappenedDay(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"july-wire": "published: \"2018-07-14\"\n---\n\nThe migration compact will be formally adopted at a UN conference in Morocco on December 10-11.",
		"dec-wire":  "published: \"2018-12-10\"\n---\n\nThe migration compact was adopted on Monday by 164 governments in Marrakesh.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "When was the migration compact adopted?")
	if strings.HasPrefix(ans.Text, "Sources differ") {
		t.Errorf("December 10-11 (planned) and Monday, 10 December shown as differing: %s", ans.Text)
	}
	cited := citedDocs(ans)
	if !cited["july-wire"] || !cited["dec-wire"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
	differ := writeArticles(t, map[string]string{
		"july-wire": "published: \"2018-07-14\"\n---\n\nThe migration compact will be formally adopted at a UN conference in Morocco on December 10-11.",
		"dec-wire":  "published: \"2018-12-14\"\n---\n\nThe migration compact was adopted on Thursday by 164 governments in Marrakesh.",
	})
	e, _ = newExtractiveOn(t, differ)
	if ans := mustAnswer(t, e, "When was the migration compact adopted?"); !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Thursday") {
		t.Errorf("December 10-11 and Thursday, 13 December not shown as versions: %s", ans.Text)
	}
}

// TestTimeDates: the days a time value names, by its article's date: a
// planned date after its report in the report's year, a weekday of a
// past act the last such day up to the report, of a planned act the next;
// none for an undated page's weekday or a month alone.
func TestTimeDates(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"july":    "published: \"2018-07-14\"\n---\n\nText.",
		"sunday":  "published: \"2017-12-03\"\n---\n\nText.",
		"undated": "---\n\nText.",
	})
	e, _ := newExtractiveOn(t, dir)
	for _, tc := range []struct{ doc, s, v, want string }{
		{"july", "It will be adopted in Morocco on December 10-11.", "10 11 dec", "2018-12-10 2018-12-11"},
		{"july", "It was adopted on 10 December.", "10 dec", "2017-12-10"},
		{"sunday", "The US mission said on Saturday it was leaving.", "saturday", "2017-12-02"},
		{"sunday", "The meeting will open on Monday.", "monday", "2017-12-04"},
		{"sunday", "The meeting began today.", "today", "2017-12-03"},
		{"undated", "The US mission said on Saturday it was leaving.", "saturday", ""},
		{"sunday", "It was adopted in December.", "december", ""},
	} {
		var got []string
		for _, d := range e.timeDates(tc.v, sentence{doc: tc.doc, text: tc.s}) {
			got = append(got, d.Format("2006-01-02"))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("timeDates(%q) of %q in %s = %q, want %q", tc.v, tc.s, tc.doc, got, tc.want)
		}
	}
}

// TestDateKeptWhole: a day of a month is kept with its month when the
// month stands near the act, and a number counting a unit of time is no
// day ("after 18 months of negotiations").
func TestDateKeptWhole(t *testing.T) {
	toks := text.Tokens("The compact, agreed in July after 18 months of talks, will be formally adopted at a UN conference in Morocco on December 10-11.")
	month := -1
	for i, tk := range toks {
		if tk.Text == "December" {
			month = i
		}
	}
	got := valueAt(kindTime, toks, nil, func(i int) bool { return i >= month-8 && i <= month })
	if got != "10 11 dec" {
		t.Errorf("value = %q, want the days with their month, %q", got, "10 11 dec")
	}
	if got := valueOf(kindTime, "It was agreed in July after 18 months of talks.", nil); got != "july" {
		t.Errorf("value = %q, want %q (18 months is no day of July)", got, "july")
	}
}

// TestCalendarCommaEndsClause: a comma after or before a month is no
// comma between two names ("last December, Hungary's …" ends a clause;
// "Marrakech, Morocco" does not).
func TestCalendarCommaEndsClause(t *testing.T) {
	s := "The United States quit talks on the pact last December, Hungary's prime minister rejected it in July and Austria followed suit on Wednesday."
	toks := text.Tokens(s)
	dec := -1
	for i, tk := range toks {
		if tk.Text == "December" {
			dec = i
		}
	}
	lo, hi := clauseOf(s, toks, dec)
	if clause := s[toks[lo].Start:toks[hi-1].End]; strings.Contains(clause, "Hungary") {
		t.Errorf("clause of December = %q, runs on past the comma", clause)
	}
	s = "The pact was adopted in Marrakech, Morocco on Monday by most governments of the world."
	toks = text.Tokens(s)
	lo, hi = clauseOf(s, toks, 4)
	if clause := s[toks[lo].Start:toks[hi-1].End]; !strings.Contains(clause, "Morocco") {
		t.Errorf("clause of Marrakech = %q, ends at the comma between two names", clause)
	}
}

// TestTimeOfAnotherPredicate: over the coverage pages, "When was the
// compact adopted?" no longer shows the Puerto Vallarta meeting that
// "began today" nor a government that "said Tuesday" as versions, and a
// report of one day as a weekday and as a planned date is one answer.
func TestTimeOfAnotherPredicate(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"meeting":  "published: \"2017-12-04\"\n---\n\nPUERTO VALLARTA, Mexico, 4 December — The three-day preparatory meeting of the conference to adopt the migration compact began today.",
		"poland":   "published: \"2018-11-20\"\n---\n\nWARSAW, Poland (AP) — The Polish government said Tuesday that it will not support the migration compact.",
		"adoption": "published: \"2018-12-10\"\n---\n\nThe migration compact was adopted on Monday by leading representatives from 164 governments.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "When was the migration compact adopted?")
	if strings.HasPrefix(ans.Text, "Sources differ") || strings.Contains(ans.Text, "began today") || strings.Contains(ans.Text, "said Tuesday") {
		t.Errorf("another act's time shown as a version: %s", ans.Text)
	}
	if !strings.Contains(ans.Text, "adopted on Monday") {
		t.Errorf("the day of the adoption lost: %s", ans.Text)
	}
}

// TestQuestionVerbs: a question's verbs are its past forms and the words
// after an auxiliary and the names it governs, not a noun after an
// article.
func TestQuestionVerbs(t *testing.T) {
	for q, want := range map[string]string{
		"When was the compact adopted?":                                 "adopted",
		"On what day did the US tell the UN it was leaving the talks?":  "tell leaving",
		"On what day did Hungary say it would quit the migration pact?": "say quit",
		"When did Austria decide to leave the compact?":                 "decide leave",
	} {
		if got := strings.Join(questionVerbs(q), " "); got != want {
			t.Errorf("questionVerbs(%q) = %q, want %q", q, got, want)
		}
	}
}
