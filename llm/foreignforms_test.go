package llm

import (
	"strings"
	"testing"
)

// TestForeignClaimBySentenceForms: an inline claim in another language
// whose names its paragraph writes only as a pronoun and a title is
// checked against that sentence (sentenceByForms), and still needs two
// facts there; on the fixture article and Reuters' on Hungary.
func TestForeignClaimBySentenceForms(t *testing.T) {
	m := paraMap{fixtureDoc: {6: fixtureParagraphs[6], 7: fixtureParagraphs[7], 12: fixtureParagraphs[12]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	const trumpEnded = "Am Ende entschied Präsident Donald Trump, die Teilnahme der Vereinigten Staaten am Prozess für den Migrationspakt zu beenden [¶12]. "
	tests := []struct {
		name, answer, claim string
		keep                bool
	}{
		{"he, the president, overruled her", trumpEnded + "Er setzte sich dabei über Nikki Haley hinweg [¶7].",
			"Er setzte sich dabei über Nikki Haley hinweg", true},
		{"the president named, and she", "Präsident Donald Trump setzte sich über Nikki Haley hinweg [¶7].",
			"Präsident Donald Trump setzte sich über Nikki Haley hinweg", true},
		// Szijjarto is in no sentence of ¶7, in no form.
		{"another man overruled her", "Außenminister Peter Szijjarto setzte sich über Nikki Haley hinweg [¶7].",
			"Szijjarto setzte sich", false},
		// One fact only (Haley, through "she"): undecided, removed.
		{"one fact through a pronoun", "Nikki Haley wurde am Ende überstimmt [¶7].",
			"überstimmt", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := postCheck(tt.answer, evidenceOver(m))
			if shown := strings.Contains(res.text, tt.claim); shown != tt.keep {
				t.Errorf("%q: shown %v, want %v (text %q)", tt.claim, shown, tt.keep, res.text)
			}
		})
	}
}
