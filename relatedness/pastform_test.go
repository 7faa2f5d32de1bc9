package relatedness

import (
	"testing"

	"github.com/footnote-bot/footnote/retrieval"
)

func TestIsPastForm(t *testing.T) {
	v, err := retrieval.LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	w := New(v)
	for word, want := range map[string]bool{
		// past forms, their base close in meaning
		"opposed": true, "backed": true, "united": true, "stopped": true, "tried": true, "agreed": true, "displaced": true,
		// words that merely end in "ed"
		"need": false, "seed": false, "feed": false, "speed": false, "indeed": false, "hundred": false, "shed": false,
	} {
		past, known := w.IsPastForm(word)
		if !known || past != want {
			t.Errorf("IsPastForm(%q) = %v, %v; want %v, true", word, past, known, want)
		}
	}
	if _, known := New(nil).IsPastForm("opposed"); known {
		t.Error("without vectors IsPastForm claims to know")
	}
	if _, known := w.IsPastForm("zzqxed"); known {
		t.Error("a word without a vector is known")
	}
}
