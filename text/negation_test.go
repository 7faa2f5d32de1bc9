package text

import "testing"

func TestIsNegation(t *testing.T) {
	for w, want := range map[string]bool{
		"not": true, "nunca": true, "nicht": true, "jamais": true, "nao": true, "mai": true,
		"personne": false, "rien": false, "note": false, "nothing": true, "t": false,
	} {
		if got := IsNegation(w); got != want {
			t.Errorf("IsNegation(%q) = %v, want %v", w, got, want)
		}
	}
}

// A word that negates in one language and is a common word of another is
// no negation in a text of that other language: "no fim do governo" (pt,
// "at the end of the government") denies nothing; "im Mai" (de) neither.
// Danish, Swedish and Dutch negations are known.
func TestIsNegationIn(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		word string
		want bool
	}{
		{Portuguese, "no", false}, {Portuguese, "nao", true}, {Spanish, "no", true}, {English, "no", true},
		{Unknown, "no", true}, {German, "mai", false}, {French, "mai", false}, {Italian, "mai", true},
		{Unknown, "ikke", true}, {Unknown, "inte", true}, {Unknown, "niet", true}, {Portuguese, "em", false},
	} {
		if got := IsNegationIn(c.lang, c.word); got != c.want {
			t.Errorf("IsNegationIn(%q, %q) = %v, want %v", c.lang, c.word, got, c.want)
		}
	}
}
