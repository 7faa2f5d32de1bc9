package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestCheckRelativeClause: a relative clause after a name (", who
// represented Secretary of State Rex Tillerson at the principals’
// meeting,") says what that person did, as a sentence of its own would; a
// name inside the clause is given no deed of the rest of the sentence.
// The controls keep what the rest of the sentence says its antecedent's.
func TestCheckRelativeClause(t *testing.T) {
	c, _ := newChecker(t)
	supported := map[string]bool{
		"brian hook represented rex tillerson at the principals meeting":                                  true,
		"john kelly previously led the department of homeland securitys crackdown on illegal immigration": true,
		"brian hook recommended ditching the negotiations":                                                true,
		"rex tillerson recommended ditching the negotiations":                                             false,
		"the department of homeland security strongly backed a pullout":                                   false,
	}
	for claim, want := range supported {
		res, err := c.Check(context.Background(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Verdict == Supported; got != want {
			t.Errorf("%q: verdict %s (%s), want supported=%v", claim, res.Verdict, res.Explanation, want)
		}
	}
	// On a sentence of another article (AFP on Belgium's coalition): the
	// person a "who" clause follows does what the clause says; a name
	// in the clause does not take the deed of the main clause.
	const belgium = "Health Minister Maggie De Block, who will also take on the immigration portfolio replacing N-VA’s Theo Francken, said she would pursue “a new strict but fair” immigration policy."
	roles := map[string]bool{
		"Maggie De Block will take on the immigration portfolio":            true,
		"Maggie De Block said she would pursue a strict immigration policy": true,
		"Theo Francken said he would pursue a strict immigration policy":    false,
	}
	for claim, want := range roles {
		if got := rolesHeld(wordsOf(claim, text.English), belgium); got != want {
			t.Errorf("rolesHeld(%q) = %v, want %v", claim, got, want)
		}
	}
}
