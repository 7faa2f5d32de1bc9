package relatedness

import (
	"slices"
	"testing"

	"github.com/footnote-bot/footnote/retrieval"
)

// TestBaseForms: the vectors are of word forms, so an inflected word is
// compared through its base form too ("finalize" ~ "concluded" through
// "conclude"); a word closer as written keeps that cosine.
func TestBaseForms(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	w := New(v)
	for _, p := range [][2]string{{"finalize", "concluded"}, {"joining", "participated"}} {
		raw, _ := v.Similarity(p[0], p[1])
		if got := w.Similarity(p[0], p[1]); got <= raw {
			t.Errorf("%s ~ %s: %.2f, not above %.2f as written", p[0], p[1], got, raw)
		}
	}
	if got := w.Similarity("talks", "negotiations"); got < 0.8 {
		t.Errorf("talks ~ negotiations: %.2f, want a close pair", got)
	}
	if got := w.Similarity("talks", "zzzqx"); got != 0 {
		t.Errorf("a word without a vector: %.2f, want 0", got)
	}
}

// TestWithoutVectors: without the vectors nothing is related, and nothing
// fails.
func TestWithoutVectors(t *testing.T) {
	w := New(nil)
	if got := w.Similarity("talks", "talks"); got != 0 {
		t.Errorf("without vectors: %.2f, want 0", got)
	}
	if got := w.BaseForms("talks"); len(got) != 1 || got[0] != "talks" {
		t.Errorf("BaseForms without vectors = %v, want the word alone", got)
	}
}

// TestVerbForms: an irregular verb's forms are found from any of them, and
// through a regular ending; other words have none.
func TestVerbForms(t *testing.T) {
	for w, want := range map[string]string{"meet": "met", "met": "meet", "leaving": "left", "withdrew": "withdraw", "took": "taken"} {
		if got := VerbForms(w); !slices.Contains(got, want) {
			t.Errorf("VerbForms(%q) = %v, want %q among them", w, got, want)
		}
	}
	for _, w := range []string{"decided", "talks", "migration"} {
		if got := VerbForms(w); got != nil {
			t.Errorf("VerbForms(%q) = %v, want none", w, got)
		}
	}
}
