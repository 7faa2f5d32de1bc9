package answer

import (
	"strings"
	"testing"
)

const testMixed = "../testdata/coverage-mixed"

// An English "why" question over an English statement and an Italian
// report: "take part" meets the Italian "partito" (a party) by its stem,
// and the Italian sentence about Salvini's party was quoted. The English
// statement is chosen, with the paragraph before its "As a consequence,
// …", which gives the reason.
func TestWhyPrefersQuestionLanguageAndCause(t *testing.T) {
	e, _ := newExtractiveOn(t, testMixed)
	ask := asker(t, e)
	for _, q := range []string{
		"Why did Italy's government say it would not take part in the Marrakech conference?",
		"Why did the government of Italy decide not to take part in the Marrakech conference?",
	} {
		a := ask(q)
		if !strings.Contains(a.Text, "bring the debate to the Parliament") {
			t.Errorf("%s: the reason is not quoted: %s", q, a.Text)
		}
		if len(a.Citations) == 0 || a.Citations[0].Doc != "119-italy-mission-geneva-conte" {
			t.Errorf("%s: first citation not the Italian government's statement: %+v", q, a.Citations)
		}
	}
	// The Italian question still finds the Italian page.
	a := ask("Chi ha annunciato che il governo italiano non andrà a Marrakech?")
	if len(a.Citations) == 0 || a.Citations[0].Doc != "122-newnotizie-salvini" || !strings.Contains(a.Text, "Salvini") {
		t.Errorf("Italian question: %s %+v", a.Text, a.Citations)
	}
}

// On the three test articles, which are all in English, a "why" question
// is answered as before: no sentence is of another language.
func TestWhyOnEnglishArticles(t *testing.T) {
	e, _ := newExtractive(t)
	a := asker(t, e)("Why did Poland say it would not support the migration compact?")
	if !strings.Contains(a.Text, "sovereign") {
		t.Errorf("Poland's reason: %s", a.Text)
	}
}
