package relatedness

import (
	"testing"

	"github.com/footnote-bot/footnote/retrieval"
)

// vectors loads the shipped word vectors or fails the test.
func vectors(t *testing.T) *retrieval.Vectors {
	t.Helper()
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestOpposed: a word is the opposite of WordNet's antonym of it and of a
// word nearer that antonym than itself ("enhance" for "weaken"), in either
// inflection; never of its own near words ("enhance" for "strengthen",
// "dissuade" for "discourage") or of itself. Without the vectors only
// WordNet's own pairs count.
func TestOpposed(t *testing.T) {
	w := New(vectors(t))
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"weaken", "strengthen", true},
		{"weaken", "enhance", true},
		{"weakening", "strengthening", true},
		{"end", "begin", true},
		{"decrease", "increase", true},
		{"strengthen", "enhance", false},
		{"discourage", "dissuade", false},
		{"increase", "increase", false},
		{"hosted", "attended", false},
	} {
		if got := w.Opposed(tt.a, tt.b); got != tt.want {
			t.Errorf("Opposed(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	bare := New(nil)
	if !bare.Opposed("weaken", "strengthen") || bare.Opposed("weaken", "enhance") {
		t.Errorf("without the vectors: want only WordNet's pairs opposed")
	}
}

// TestCounterpart: of a sentence's words, the one in the claim word's place
// is the nearest to it or to its antonym: "dissuade" for "discourage", not
// the "ensure" that lies near its antonym "encourage"; the antonym itself
// wins over any near word.
func TestCounterpart(t *testing.T) {
	w := New(vectors(t))
	if got := w.Counterpart("discourage", []string{"ensure", "protection", "dissuade"}); got != "dissuade" {
		t.Errorf("Counterpart(discourage) = %q, want dissuade", got)
	}
	if got := w.Counterpart("weaken", []string{"rights", "strengthen", "enhance"}); got != "strengthen" {
		t.Errorf("Counterpart(weaken) = %q, want strengthen", got)
	}
	if got := w.Counterpart("weaken", nil); got != "" {
		t.Errorf("Counterpart of no words = %q, want none", got)
	}
}

// TestAntonymsData: the embedded WordNet cut loads (thousands of pairs,
// each both ways), and a damaged file gives none rather than a panic.
func TestAntonymsData(t *testing.T) {
	if n := len(antonyms()); n < 3000 {
		t.Errorf("%d words with antonyms, want thousands", n)
	}
	if got := Antonyms("begin"); len(got) == 0 || got[0] != "end" {
		t.Errorf("Antonyms(begin) = %v, want end", got)
	}
	if got := Antonyms("end"); len(got) == 0 {
		t.Errorf("Antonyms(end) = %v, want begin among them", got)
	}
	if got := loadAntonyms([]byte("not gzip")); len(got) != 0 {
		t.Errorf("a damaged file gave %d words", len(got))
	}
}

// TestHasAntonyms: a word has antonyms in itself or in the base form of its
// regular ending ("weakening" of "weaken"); a word WordNet pairs with none
// has none.
func TestHasAntonyms(t *testing.T) {
	w := New(nil)
	for word, want := range map[string]bool{"weaken": true, "weakening": true, "increased": true, "ends": true, "haley": false, "negotiations": false} {
		if got := w.HasAntonyms(word); got != want {
			t.Errorf("HasAntonyms(%q) = %v, want %v", word, got, want)
		}
	}
}
