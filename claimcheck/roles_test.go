package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestCheckNeverSupportsAnotherPersonsDeed: a claim that gives what one
// person did to another named in the same sentence or paragraph is not
// supported, while the claim about the person who did it is.
func TestCheckNeverSupportsAnotherPersonsDeed(t *testing.T) {
	c, _ := newChecker(t)
	for claim, supported := range map[string]bool{
		// Tillerson is in an aside: Hook recommended it.
		"rex tillerson recommended ditching the negotiations":   false,
		"brian hook recommended ditching the negotiations":      true,
		"nikki haley strongly backed a pullout":                 false,
		"jeff sessions strongly backed a pullout":               true,
		"jeff sessions expressed the lone dissent":              false,
		"nikki haley expressed the lone dissent at the meeting": true,
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != supported {
			t.Errorf("%q: %s %+v, want supported=%v", claim, res.Verdict, res.Citations, supported)
		}
	}
}

// TestCheckStanceOfRefusingToLeave: opposing a pullout is staying, and a
// claim's stance must be in the sentence that supports it.
func TestCheckStanceOfRefusingToLeave(t *testing.T) {
	c, _ := newChecker(t)
	for claim, want := range map[string]Verdict{
		"john kelly opposed the pullout":                            Contradicted,
		"miller opposed efforts to pull out of the migration talks": Contradicted,
		"the state department initially opposed the withdrawal":     Supported,
		"hungary will join the UN migration pact":                   Contradicted,
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", claim, res.Verdict, res.Explanation, want)
		}
	}
}

func TestCheckParaphraseAndCurlyNegation(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"ap": {"The compact has 23 objectives that seek to boost cooperation to manage migration.",
				"The compact, which won’t be legally binding, was finalized in July.",
				"The pact was set to be adopted in December."},
			"un": {"On Wednesday, the General Assembly endorsed the Global Compact for Migration."},
		},
		langs: map[string]string{"ap": "en", "un": "en"},
	}
	c := New(l, l)
	for claim, want := range map[string]Verdict{
		// In nearly the sentence's words ("sets out" for "has").
		"the migration compact sets out 23 objectives": Supported,
		// "won’t" with a typographic apostrophe negates.
		"the compact is legally binding": Contradicted,
		// A stance the sentence lacks.
		"the general assembly rejected the global compact for migration": NotCovered,
	} {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", claim, res.Verdict, res.Explanation, want)
		}
	}
}

// TestRolesHeldLeavesPlacesAside: a place the claim names after "in" (or
// "en") says where, not who; it need not stand near the claim's verb in
// the sentence, as a person must.
func TestRolesHeldLeavesPlacesAside(t *testing.T) {
	for _, tc := range []struct {
		claim, sentence string
		lang            text.Lang
		want            bool
	}{
		{"164 governments adopted the compact in Marrakesh", "The Global Compact for Migration was adopted on Monday by leading representatives from 164 Governments at an international conference in Marrakesh, Morocco, in an historic move.", text.English, true},
		{"Trump boycotted the talks in Mexico", "President Donald Trump has decided to boycott a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico, sending a blunt signal.", text.English, true},
		{"164 gobiernos adoptaron el pacto en Marrakech", "El Pacto Mundial fue adoptado el lunes por los representantes de 164 Gobiernos reunidos durante dos jornadas de conferencia internacional en Marrakech, Marruecos.", text.Spanish, true},
		// A person is still held to the deed.
		{"Rex Tillerson recommended ditching the negotiations", "Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations.", text.English, false},
	} {
		if got := rolesHeld(wordsOf(tc.claim, tc.lang), tc.sentence); got != tc.want {
			t.Errorf("%q in %q: roles held %v, want %v", tc.claim, tc.sentence, got, tc.want)
		}
	}
}
