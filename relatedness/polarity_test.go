package relatedness

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// TestSameClass: words of one polarity class that the vectors put close
// say each other; opposites, as close by the vectors, never do, nor do
// close words of no class.
func TestSameClass(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	w := New(v)
	for _, p := range [][2]string{{"remained", "stayed"}, {"hailed", "praised"}, {"condemned", "denounced"}, {"participate", "attend"}} {
		if !w.SameClass(p[0], p[1]) {
			t.Errorf("%s ~ %s (%.2f): not said in other words", p[0], p[1], w.Similarity(p[0], p[1]))
		}
	}
	for _, p := range [][2]string{{"stay", "leave"}, {"staying", "leaving"}, {"accepted", "rejected"}, {"more", "less"}} {
		if got := w.Similarity(p[0], p[1]); got < MinSameClass {
			t.Fatalf("%s ~ %s: %.2f; the test needs a pair the vectors put as close as synonyms", p[0], p[1], got)
		}
		if w.SameClass(p[0], p[1]) {
			t.Errorf("%s ~ %s: opposites, or words of no class, said in other words", p[0], p[1])
		}
	}
}

// TestClassOf: an irregular verb's form is of its base form's class.
func TestClassOf(t *testing.T) {
	for f, want := range map[string]Class{"left": Leaving, "leaving": Leaving, "quit": Leaving, "quite": NoClass, "backed": Staying, "background": NoClass, "joined": Staying, "joint": NoClass, "jointly": NoClass, "teilnehmen": Staying, "teilgenommen": Staying, "verlassen": Leaving, "verliess": Leaving, "slammed": Disapproving, "hailed": Approving, "told": Reporting, "described": Naming} {
		if got := ClassOf(f); got != want {
			t.Errorf("ClassOf(%q) = %d, want %d", f, got, want)
		}
	}
}

// TestOpposes: words that oppose something, in the coverage's languages,
// and words that back it or merely start alike are not.
func TestOpposes(t *testing.T) {
	for _, f := range []string{"opposed", "rejects", "rechazo", "rejette", "abgelehnt", "respinto", "opuso", "opone", "opos"} {
		if !Opposes(f) {
			t.Errorf("Opposes(%q) = false, want true", f)
		}
	}
	for _, f := range []string{"supported", "backed", "report", "stayed", "opinion", "option"} {
		if Opposes(f) {
			t.Errorf("Opposes(%q) = true, want false", f)
		}
	}
	if c := ClassOf("opposed"); c != NoClass {
		t.Errorf("ClassOf(opposed) = %v, want NoClass", c)
	}
}

// TestEnds: the ending words, whole or by their start, and not a word
// that only begins like one.
func TestEnds(t *testing.T) {
	for f, want := range map[string]bool{"ending": true, "ended": true, "beenden": true, "terminated": true, "fin": true, "endorsed": false, "final": false, "stopover": false} {
		if got := Ends(f); got != want {
			t.Errorf("Ends(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestPrefixesAsScan: the indexed starts find exactly what a scan over
// every start of a class finds, for the classes' own starts, words that
// extend them, words shorter than the index's keys and everyday words.
func TestPrefixesAsScan(t *testing.T) {
	words := []string{"", "a", "sa", "say", "said", "quite", "quit", "joint", "joined", "withdrawal", "beendet", "verlasslich", "background", "the", "talks", "signal", "signed"}
	for _, class := range []prefixes{approveStems, disapproveStems, stayStems, backingStems, opposeStems, leaveStems, namingStems, reportStems, endStems} {
		var all []string
		for _, ss := range class {
			all = append(all, ss...)
		}
		for _, s := range all {
			words = append(words, s, s+"ed", s[:len(s)-1])
		}
		for _, w := range words {
			want := false
			for _, s := range all {
				want = want || strings.HasPrefix(w, s)
			}
			if got := startsWith(w, class); got != want {
				t.Errorf("startsWith(%q) = %v, a scan gives %v (class %v)", w, got, want, all)
			}
		}
	}
}

// TestPolarityAsEachList: the one look-up of Polarity gives the class the
// lists give when each is asked in turn, and the lists' backing and
// opposing, for every word of the test articles (three outlets) and the
// lists' own starts: "quit" leaves and "quite" doesn't, "joint" doesn't
// stay, "left" leaves by its irregular form.
func TestPolarityAsEachList(t *testing.T) {
	words := []string{"quit", "quite", "joint", "joined", "signal", "signed", "back", "backlash", "left", "opposed", "withdrew", "said"}
	for _, class := range []prefixes{approveStems, disapproveStems, stayStems, backingStems, opposeStems, leaveStems, namingStems, reportStems} {
		for _, ss := range class {
			for _, s := range ss {
				words = append(words, s, s+"ed")
			}
		}
	}
	files, err := filepath.Glob("../testdata/articles/*.md")
	if err != nil || len(files) < 2 {
		t.Fatalf("test articles: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range text.Words(string(b)) {
			words = append(words, text.Fold(w.Text))
		}
	}
	eachList := func(f string) Class {
		switch {
		case Approves(f):
			return Approving
		case Disapproves(f):
			return Disapproving
		case Leaves(f):
			return Leaving
		case startsWith(f, stayStems) && !strings.HasPrefix(f, "joint") || Backs(f) || strings.HasPrefix(f, "sign") && !strings.HasPrefix(f, "signal") && !strings.HasPrefix(f, "signif"):
			return Staying
		case startsWith(f, namingStems):
			return Naming
		case Reports(f):
			return Reporting
		}
		return NoClass
	}
	for _, f := range words {
		want := eachList(f)
		for _, g := range IrregularForms(f) {
			if want == NoClass {
				want = eachList(g)
			}
		}
		c, backs, opposes := Polarity(f)
		if c != want || backs != Backs(f) || opposes != Opposes(f) {
			t.Errorf("Polarity(%q) = %v, %v, %v; the lists give %v, %v, %v", f, c, backs, opposes, want, Backs(f), Opposes(f))
		}
	}
	if c, _, _ := Polarity("left"); c != Leaving {
		t.Errorf(`Polarity("left") = %v, want Leaving`, c)
	}
}
