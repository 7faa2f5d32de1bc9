package llm

import "testing"

// A claim that swaps who acted and who was acted on is caught, in the
// active and the passive, through initials and a title; the same facts in
// the right order, or told the other way in the passive, are not.
func TestSwappedActors(t *testing.T) {
	titles := map[string]string{"president": "trump"}
	overruled := "She was ultimately overruled by the president, according to diplomatic sources."
	informed := "On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation."
	sacked := "The prime minister dismissed the interior minister, Herbert Kickl, on Monday."
	hosted := "Former U.N. Secretary-General Ban Ki-moon hosted an international summit on migration and refugees in September 2016."
	for _, c := range []struct {
		claim, quote string
		want         bool
	}{
		{"Haley overruled the president.", overruled, true},
		{"Haley overruled Trump.", overruled, true},
		{"Trump overruled Haley.", overruled, false},
		{"The president overruled her.", overruled, false},
		{"Guterres informed the U.S. mission that it was leaving.", informed, true},
		{"The U.S. mission informed Guterres that the US was ending its participation.", informed, false},
		{"Guterres was informed by the U.S. mission.", informed, false},
		{"The U.S. mission was informed by Guterres.", informed, true},
		{"Kickl dismissed the prime minister.", sacked, true}, // the name in apposition to the one acted on
		{"The interior minister, Herbert Kickl, dismissed the prime minister.", sacked, true},
		{"Guterres informed Nikki Hayley.", "The US ambassador to the UN, Nikki Hayley, informed the UN secretary general, Antonio Guterres, at the weekend.", true},
		{"Nikki Hayley informed Guterres at the weekend.", "The US ambassador to the UN, Nikki Hayley, informed the UN secretary general, Antonio Guterres, at the weekend.", false},
		{"Herbert Kickl was dismissed by the prime minister on Monday.", sacked, false},
		// A participle after a noun with "by" is passive without an
		// auxiliary.
		{"It came out of a summit hosted by Ban Ki-moon in 2016.", hosted, false},
		{"It was a message informed by Guterres.", informed, true},
		{"The mission informed Guterres by letter.", informed, false},
	} {
		if got := swappedActors(c.claim, c.quote, titles); got != c.want {
			t.Errorf("swappedActors(%q) = %v, want %v", c.claim, got, c.want)
		}
	}
}
