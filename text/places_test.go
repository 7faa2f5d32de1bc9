package text

import "testing"

func TestIntroducesPlace(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		word string
		want bool
	}{
		{English, "in", true}, {Spanish, "en", true}, {French, "à", true}, {German, "im", true}, {Portuguese, "em", true},
		// An English article and a source are no places.
		{English, "a", false}, {English, "from", false}, {Spanish, "a", true}, {Unknown, "in", false},
	} {
		if got := IntroducesPlace(tc.lang, tc.word); got != tc.want {
			t.Errorf("IntroducesPlace(%s, %q) = %v, want %v", tc.lang, tc.word, got, tc.want)
		}
	}
}
