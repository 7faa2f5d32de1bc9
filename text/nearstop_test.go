package text

import "testing"

func TestNearStopWord(t *testing.T) {
	for w, want := range map[string]bool{
		"abuot": true, "becuase": true, "agianst": true, "thier": true,
		"about": false, // a function word itself
		"fro":   false, // too short to tell
		"haley": false, "border": false,
	} {
		if got := NearStopWord(English, w); got != want {
			t.Errorf("NearStopWord(%q) = %v, want %v", w, got, want)
		}
	}
}
