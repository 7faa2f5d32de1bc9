package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// TestDatelineEnd: a sentence opened by a place or a date and a dash, a
// colon or an agency's name has a dateline; an opening clause does not.
func TestDatelineEnd(t *testing.T) {
	for s, want := range map[string]string{
		"MARRAKECH, Morocco, 11 December \uFFFD The conference concluded today.":   "MARRAKECH, Morocco, 11 December ",
		"December 4, 2017: Yesterday, Secretary of State Rex Tillerson announced.": "December 4, 2017",
		"UNITED NATIONS, Dec. 3 (Xinhua) -- Lajcak on Sunday expressed regret.":    "UNITED NATIONS, Dec. 3 ",
		"On Saturday, the U.S. mission said: we are out.":                          "",
		"The text was agreed in July.":                                             "",
	} {
		if got := s[:datelineEnd(s)]; got != want {
			t.Errorf("dateline of %q = %q, want %q", s, got, want)
		}
	}
}

// TestTimeValue: the time a sentence gives of what was asked is the one
// next to the asked act, in articles of two corpora: not its dateline's,
// not another act's.
func TestTimeValue(t *testing.T) {
	for _, tc := range []struct {
		dir, doc, q, s, want string
	}{
		{testArticles, "trump-boycotts-un-migration-talks", "When did Trump make the decision?",
			"Trump made the decision on Friday — a day dominated by Senate negotiations on a landmark tax bill — and just days before the Mexican government is scheduled Monday to host a three-day meeting to take stock of negotiations on a pact.", "friday"},
		{testCoverage, "083-foxnews-ap-austria", "When was the compact adopted in Marrakech?",
			"MARRAKECH, Morocco, 11 December \uFFFD The conference adopted the compact on Tuesday.", "tuesday"},
		// A time is of the verb it stands by: the conference's end is
		// not when the compact was adopted.
		{testCoverage, "083-foxnews-ap-austria", "When was the compact adopted in Marrakech?",
			"MARRAKECH, Morocco, 11 December \uFFFD The conference that adopted the compact concluded on Tuesday.", ""},
		{testCoverage, "083-foxnews-ap-austria", "When is the compact due to be approved in Marrakech?",
			"It is due to be formally approved at a meeting in Marrakech, Morocco, from Dec. 11-12.", "11 12 dec"},
		{testCoverage, "083-foxnews-ap-austria", "When did the US withdraw from the compact?",
			"The comments come after The Australian reported on Monday that the government had left open the door to a change of course that so far only the US and Hungary have failed to take on the compact.", ""},
		// The time must stand near a name of the question (its actor),
		// written in any way: an act's words alone are said of other acts.
		{testArticles, "trump-boycotts-un-migration-talks", "On what day did the US tell the UN it was leaving the migration talks?",
			"In recent weeks, Miller led efforts to pull out of the migration talks.", ""},
		{testArticles, "trump-boycotts-un-migration-talks", "On what day did the US tell the UN it was leaving the migration talks?",
			"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was “ending its participation in the Global Compact on Migration.”", "saturday"},
		{testCoverage, "083-foxnews-ap-austria", "When did Austria say it would not sign the compact?",
			"Hungary said on Wednesday that it would not sign the compact.", ""},
	} {
		e, _ := newExtractiveOn(t, tc.dir)
		bar, ok := e.newAnswerBar(tc.q, tc.q, nil)
		if !ok {
			t.Fatalf("%q: no terms", tc.q)
		}
		ta := e.newTimeAsk(tc.q, askedWords(tc.q), bar)
		if got := e.timeValue(ta, sentence{doc: tc.doc, text: tc.s}, true); got != tc.want {
			t.Errorf("%q: timeValue(%q) = %q, want %q", tc.q, tc.s, got, tc.want)
		}
	}
}

// TestRivalTimeValue: another outlet's time is a version when it stands
// next to the act asked about, not next to its actors only, and not when
// it is dated to a year before the report (another event).
func TestRivalTimeValue(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	const q = "When did the General Assembly endorse the compact?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	const doc = "108-seattletimes-ap-poland" // published in 2018
	ta.year = e.newestYear([]footnote.Passage{{Doc: doc}})
	for s, want := range map[string]string{
		"On Wednesday, the United Nations General Assembly endorsed the Global Compact for Migration.":                               "wednesday",
		"In September 2016, the General Assembly endorsed a declaration that called for a compact.":                                  "",
		"The United Nations General Assembly endorsed a sweeping accord, the compact on safe and orderly migration, Wednesday.":      "wednesday",
		"Diplomats met early last week to decide whether to endorse the compact.":                                                    "",
		"The UN created the Global Migration Compact, during Lajcak's term as President of the General Assembly, earlier this year.": "",
	} {
		if got := e.rivalTimeValue(ta, sentence{doc: doc, text: s}); got != want {
			t.Errorf("rivalTimeValue(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTimeNearPronoun: a time stands near the name of the question when a
// personal pronoun next to it stands for the name ("She said on
// Saturday …", the sentence credited with Haley), not when it stands for
// nobody the question names.
func TestTimeNearPronoun(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	const q = "On what day did Haley say the talks had ended?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	const s = "Weeks of quarrels ended when she said on Saturday that the talks had ended."
	haley := map[string]bool{}
	for _, st := range e.ix.Stems("Haley") {
		haley[st] = true
	}
	for name, stems := range map[string]map[string]bool{"Haley": haley, "nobody": {}} {
		want := map[string]string{"Haley": "saturday", "nobody": ""}[name]
		got := e.timeValue(ta, sentence{doc: "trump-boycotts-un-migration-talks", text: s, stems: stems}, true)
		if got != want {
			t.Errorf("pronoun standing for %s: timeValue(%q) = %q, want %q", name, s, got, want)
		}
	}
}

// TestChosenTimeNeedsNoName: the sentence chosen to answer gives its time
// even when it names the question's place only in its dateline; another
// sentence must name it near the time.
func TestChosenTimeNeedsNoName(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	const q = "When did the conference in Marrakech conclude?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	ta := e.newTimeAsk(q, askedWords(q), bar)
	s := sentence{doc: "060-un-press-marrakech-concludes-copy", text: "MARRAKECH, Morocco, 11 December \u2014 The two-day Intergovernmental Conference that adopted the Global Compact for Safe, Orderly and Regular Migration concluded today with robust appeals for its 23 sweeping objectives."}
	for named, want := range map[bool]string{false: "today", true: ""} {
		if got := e.timeValue(ta, s, named); got != want {
			t.Errorf("named %v: timeValue(%q) = %q, want %q", named, s.text, got, want)
		}
	}
}

// TestActorNames: the actor of a question is the run of names right
// after its auxiliary; a question naming only a place or an object has
// none.
func TestActorNames(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"On what day did the US tell the UN it was leaving the migration talks?", []string{"US"}},
		{"When did Austria say it would not sign the compact?", []string{"Austria"}},
		{"When was the UN General Assembly expected to endorse the compact?", []string{"UN", "General", "Assembly"}},
		{"When was the compact adopted in Marrakech?", nil},
	} {
		bar, ok := e.newAnswerBar(tc.q, tc.q, nil)
		if !ok {
			t.Fatalf("%q: no terms", tc.q)
		}
		var got []string
		for _, a := range e.newTimeAsk(tc.q, askedWords(tc.q), bar).actor {
			got = append(got, a.Word)
		}
		if !strings.EqualFold(strings.Join(got, " "), strings.Join(tc.want, " ")) {
			t.Errorf("actor of %q = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestClauseOf: a time's clause runs between punctuation marks, a comma
// between two names joining them; a bare phrase of a few words is read
// with the whole sentence.
func TestClauseOf(t *testing.T) {
	for _, tc := range []struct{ s, at, want string }{
		{"But Mr Kurz, who stood on a platform before taking office last December, said Austria will not join.", "December", "who stood on a platform before taking office last December"},
		{"It is due to be approved at a meeting in Marrakech, Morocco, from Dec. 11-12 after talks that lasted months.", "Dec", "from Dec. 11-12 after talks that lasted months"},
		{"It will meet in Marrakech, Morocco on Monday and Tuesday next month.", "Monday", "It will meet in Marrakech, Morocco on Monday and Tuesday next month"},
		{"On Saturday, the U.S. mission informed the UN.", "Saturday", "On Saturday, the U.S. mission informed the UN"},
	} {
		toks := text.Tokens(tc.s)
		i := slices.IndexFunc(toks, func(tok text.Token) bool { return tok.Text == tc.at })
		lo, hi := clauseOf(tc.s, toks, i)
		if got := tc.s[toks[lo].Start:toks[hi-1].End]; got != tc.want {
			t.Errorf("clause of %q in %q = %q, want %q", tc.at, tc.s, got, tc.want)
		}
	}
}

// TestTimeOfAnotherActor: a time told in a clause about someone else
// ("Kurz, who … before taking office last December, said …") is no
// version of when the question's actor acted; a time of the actor's own
// clause that differs is.
func TestTimeOfAnotherActor(t *testing.T) {
	const q = "On what day did Austria say it would not sign the migration compact?"
	quiet := writeArticles(t, map[string]string{
		"wire-a": "---\n\nThe Austrian government said Wednesday that Austria would not sign the migration compact.",
		"wire-b": "---\n\nBut Mr Kurz, who stood on an anti-immigration platform before taking office last December, said Austria would not sign the migration compact.",
	})
	e, _ := newExtractiveOn(t, quiet)
	if ans := mustAnswer(t, e, q); strings.HasPrefix(ans.Text, "Sources differ") {
		t.Errorf("Kurz taking office shown as a version of when Austria said it: %s", ans.Text)
	}
	differ := writeArticles(t, map[string]string{
		"wire-a": "---\n\nThe Austrian government said Wednesday that Austria would not sign the migration compact.",
		"wire-c": "---\n\nOn Tuesday, Austria said it would not sign the migration compact, officials said.",
	})
	e, _ = newExtractiveOn(t, differ)
	if ans := mustAnswer(t, e, q); !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Tuesday") {
		t.Errorf("Wednesday and Tuesday not shown as versions: %s", ans.Text)
	}
}

// TestActorByDemonym: a clause naming the actor's country by its demonym
// ("The Polish government said Tuesday") names the actor, so its time is a
// version of when Poland said it.
func TestActorByDemonym(t *testing.T) {
	toks := text.Tokens("The Polish government said Tuesday that it will not support the compact.")
	for _, tc := range []struct {
		actor string
		want  bool
	}{{"Poland", true}, {"Finland", false}} {
		if got := namesByDemonym([]qterm{{Term: retrieval.Term{Word: tc.actor}}}, toks); got != tc.want {
			t.Errorf("namesByDemonym(%s) = %v, want %v", tc.actor, got, tc.want)
		}
	}
	dir := writeArticles(t, map[string]string{
		"wire-a": "---\n\nPoland said Friday it would not support the migration compact, officials said.",
		"wire-b": "---\n\nWARSAW, Poland (AP) — The Polish government said Tuesday that it will not support the migration compact.",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "On what day did Poland say it would not support the migration compact?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Tuesday") || !strings.Contains(ans.Text, "Friday") {
		t.Errorf("Friday and Tuesday not shown as versions: %s", ans.Text)
	}
}
