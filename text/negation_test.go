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
