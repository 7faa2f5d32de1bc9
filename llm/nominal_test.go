package llm

import "testing"

// TestOtherDoer: a sentence telling the claim's act by its noun, with
// other doers after "of", says someone else did it; the claim's own doer
// after "of", or its object there (a transitive verb's noun), is no other
// doer. On the SCMP/AFP story on Belgium and the AP story on Belgium
// (coverage pages 209 and 212).
func TestOtherDoer(t *testing.T) {
	const (
		belgium3 = "Belgium’s King Philippe accepted the resignations of the N-VA’s ministers after meeting Michel at the royal palace, according to a statement."
		belgium5 = "The departure of the Flemish party means Michel lacks a parliamentary majority five months before legislative elections."
		apDoc    = "212-newsy-today-ap-belgium"
		ap       = "Michel told RTL Network that the one that causes the collapse of the government shows a lack of responsibility, clearly aimed at the right-wing party N-VA, which opposes the approval of the UN pact that Michel has already promised to sign next week in Marrakech."
	)
	for _, tt := range []struct {
		doc, para, claim string
		other            bool
	}{
		{belgiumDoc, belgium3, "Michel resigned as prime minister", true},
		{belgiumDoc, belgium3, "The N-VA's ministers resigned", false},
		{belgiumDoc, belgium5, "Michel departed from the coalition", true},
		{belgiumDoc, belgium5, "The Flemish party departed from the coalition", false},
		{apDoc, ap, "Michel collapsed the government", false},            // no name after "of"
		{apDoc, ap, "The N-VA approved the UN pact", false},              // its object after "of"
		{apDoc, ap, "Michel approved the UN pact", false},                // its object after "of"
		{apDoc, ap, "The government approved the pact of the UN", false}, // no doer named
	} {
		ev := evidenceOver(paraMap{tt.doc: {1: tt.para}})
		c := claim{lead: tt.claim, check: tt.claim, marked: true, sentStart: true}
		a := analyse(c, nil)
		a.withEvidence(ev)
		src := ev.sources[0]
		if got := a.otherDoer(src, &src.sents[0]); got != tt.other {
			t.Errorf("%q on %q: otherDoer = %v, want %v", tt.claim, tt.para[:40], got, tt.other)
		}
	}
	// Shown to the user: the claim is not, in either form, where it was.
	m := paraMap{belgiumDoc: {3: belgium3}}
	expectShownBothForms(t, m, quotedClaim{"Michel resigned as prime minister", belgiumDoc, 3, "King Philippe accepted the resignations of the N-VA’s ministers"}, false)
}
