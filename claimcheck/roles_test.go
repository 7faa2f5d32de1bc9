package claimcheck

import (
	"context"
	"testing"
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
