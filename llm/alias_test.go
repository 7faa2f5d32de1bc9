package llm

import "testing"

// TestNameOpeningALongerOne: "UN" (and Spanish "ONU") meets "United
// Nations General Assembly", a name that opens with it; a name it doesn't
// open is not met.
func TestNameOpeningALongerOne(t *testing.T) {
	m := paraMap{slovakiaDoc: {6: slovakia6}, gaDoc: {3: ga3}}
	for _, tt := range []struct {
		qc   quotedClaim
		kept bool
	}{
		{quotedClaim{"Lajcak was President of the UN General Assembly when the pact was adopted", slovakiaDoc, 6, slovakia6}, true},
		{quotedClaim{"Lajcak presidía la Asamblea General de la ONU cuando se adoptó el pacto", slovakiaDoc, 6, slovakia6}, true},
		{quotedClaim{"Lajcak was President of the EU General Assembly when the pact was adopted", slovakiaDoc, 6, slovakia6}, false},
		{quotedClaim{"The UN resolution endorsing the compact was approved by a vote of 152-5", gaDoc, 3, "The General Assembly resolution endorsing the compact was approved by a vote of 152-5"}, false},
	} {
		res := checkQuoted([]quotedClaim{tt.qc}, evidenceOver(m))
		if got := len(res.cites) > 0; got != tt.kept {
			t.Errorf("%q: kept = %v (%q), want %v", tt.qc.Text, got, res.text, tt.kept)
		}
	}
}
