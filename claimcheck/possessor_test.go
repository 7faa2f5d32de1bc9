package claimcheck

import "testing"

// TestPossessorDoesNothing: a claim's subject that the sentence holds only
// as the owner of something else does not do what the claim says
// ("Pellegrini’s government" against "pellegrini expected …", supported on
// main as a paraphrase); one whose possessed noun is the act
// ("Tillerson’s assertion" for "tillerson claimed"), or a sentence that
// tells the act ("Poland’s government has taken …"), still supports.
func TestPossessorDoesNothing(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/claims-pages/167-britishherald-reuters-slovakia.md", "../testdata/coverage/126-justiceforall-statement.md",
		"../testdata/articles/108-seattletimes-ap-poland.md")
	checkCited(t, c, []citedCase{
		{"pellegrini expected lajcak to leave the government once slovakia rejects the pact", NotCovered, ""},
		{"tillerson claimed the compact would undermine the sovereign right of the united states to enforce its immigration laws", Supported, "126-justiceforall-statement"},
		{"poland took a strong anti-migrant position", Supported, "108-seattletimes-ap-poland"},
	})
}
