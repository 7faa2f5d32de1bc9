package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestAgreeingOutletsCited: an answer the sources don't dispute cites,
// besides its quote, the other outlets that say the same thing in their
// own words, each with a marker a reader can follow.
func TestAgreeingOutletsCited(t *testing.T) {
	e, ix := newExtractiveOn(t, testCoverage)
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "Under which US president did the United States join the New York Declaration?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Refused || !strings.Contains(ans.Text, "Obama") || !strings.Contains(ans.Text, "also reported by") {
		t.Fatalf("answer %q", ans.Text)
	}
	docs := map[string]bool{}
	for _, c := range ans.Citations {
		docs[c.Doc] = true
		if !strings.Contains(c.Quote, "Obama") {
			t.Errorf("citation of %s ¶%d does not say it: %q", c.Doc, c.Paragraph, c.Quote)
		}
	}
	for _, d := range []string{"140-conservativepapers-http", "007-business-standard-pti-us-withdraws"} {
		if !docs[d] {
			t.Errorf("%s not cited: %+v", d, ans.Citations)
		}
	}
	labels := map[string]string{}
	for _, a := range ix.Articles() {
		labels[a.ID] = a.Label
	}
	for _, c := range ans.Citations {
		if m := footnote.Marker(labels[c.Doc], c.Paragraph); !strings.Contains(ans.Text, m) {
			t.Errorf("citation %s has no marker in %q", m, ans.Text)
		}
	}
}

// TestAgrees: for a question asking for a person, another outlet agrees
// when it names the same person; for an open question, when it says most
// of the same words.
func TestAgrees(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	s := func(txt string) sentence {
		st, _ := termSets(e.ix, "en", txt)
		return sentence{text: txt, stems: st}
	}
	q := "Who announced the decision?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	asked := askedWords(q)
	best := s("The decision was announced by Nikki Haley on Saturday.")
	if !e.agrees(kindPerson, asked, bar, best, s("Ambassador Haley announced the decision in a statement.")) {
		t.Error("the same person named differently is not agreement")
	}
	if e.agrees(kindPerson, asked, bar, best, s("Rex Tillerson announced the decision.")) {
		t.Error("another person is agreement")
	}
	open := "What did the declaration say about migrants?"
	bar, _ = e.newAnswerBar(open, open, nil)
	best = s("The declaration says all migrants are rights holders under universal law.")
	if !e.agrees(kindAny, askedWords(open), bar, best, s("Migrants are rights holders, the declaration says, under universal law.")) {
		t.Error("the same words are not agreement")
	}
	if e.agrees(kindAny, askedWords(open), bar, best, s("The declaration calls for family reunification of migrants.")) {
		t.Error("other words are agreement")
	}
}

// TestHeldAsInitials: a name of the question written as its initials in
// the sentence, or an acronym of the question written out, is held.
func TestHeldAsInitials(t *testing.T) {
	runs := nameRuns("Did the United States tell the International Organization for Migration? Yes.")
	if got := strings.Join(runs["us"], " "); got != "united states" {
		t.Errorf(`nameRuns["us"] = %q`, got)
	}
	if got := strings.Join(runs["iom"], " "); got != "international organization for migration" {
		t.Errorf(`nameRuns["iom"] = %q`, got)
	}
	e, _ := newExtractiveOn(t, testCoverage)
	sent := func(txt string) sentence {
		st, _ := termSets(e.ix, "en", txt)
		return sentence{text: txt, stems: st, ctx: st, all: []string{txt}}
	}
	united := qterm{}
	united.initials, _ = e.nameRunOf("Did the United States join?", "united")
	united.Word, united.Name = "united", true
	if !heldAsInitials(united, sent("The U.S. joined in 2016.")) {
		t.Error(`"United" not held by "U.S."`)
	}
	if heldAsInitials(united, sent("Mexico joined in 2016.")) {
		t.Error(`"United" held by a sentence without it`)
	}
	benjamin := qterm{}
	benjamin.initials, benjamin.surname = e.nameRunOf("What did Benjamin Netanyahu say?", "benjamin")
	benjamin.Word, benjamin.Name = "benjamin", true
	if !heldAsInitials(benjamin, sent("Netanyahu said Israel must protect its borders.")) {
		t.Error(`"Benjamin Netanyahu" not held by "Netanyahu"`)
	}
	if heldAsInitials(benjamin, sent("Benjamin Franklin said so.")) {
		t.Error(`"Benjamin Netanyahu" held by another Benjamin`)
	}
	newT := qterm{}
	newT.initials, newT.surname = e.nameRunOf("When was the New York Declaration adopted?", "new")
	if newT.surname != "" {
		t.Error(`"Declaration" stands for "New York Declaration"`)
	}
	un := qterm{}
	un.Word, un.Name = "un", true
	if !heldAsInitials(un, sent("The United Nations regrets it.")) || heldAsInitials(un, sent("The mission regrets it.")) {
		t.Error(`"UN" and "United Nations"`)
	}
}

// TestSplitCopies: an agreeing sentence that repeats a quoted one word for
// word (a copy the paragraph test missed) is named, not cited again.
func TestSplitCopies(t *testing.T) {
	quoted := []sentence{{doc: "a", text: "Poland will not sign the pact."}}
	agreeing := []sentence{
		{doc: "b", text: "POLAND will not sign the pact."},
		{doc: "c", text: "Warsaw rejected the compact."},
		{doc: "d", text: "Warsaw rejected the compact."},
	}
	cite, copies := splitCopies(quoted, agreeing)
	if len(cite) != 1 || cite[0].doc != "c" || strings.Join(copies, ",") != "b,d" {
		t.Errorf("cite %+v, copies %v", cite, copies)
	}
}
