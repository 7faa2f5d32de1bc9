package llm

import "testing"

// TestEndingAgainstContinuing: a claim that something ends or stops, where
// its quoted sentence says it continues, is removed; the sentence's own
// claim is kept. Ending what no polar word names ("end its generosity")
// stands on the leaving side, as "ending its participation" did. On
// Liberty One's article (coverage page 157), Business Standard's (PTI, page
// 007) and the IISD's (page 022). An ending without an object ("the
// meeting ended in deadlock") states nothing: its subject is not read.
func TestEndingAgainstContinuing(t *testing.T) {
	const (
		libertyDoc = "157-libertyonenews-breitbart-afp"
		liberty    = "Ambassador Nikki Haley said the U.S. will continue in its “generosity” by supporting migrants and refugees around the world."
		bsDoc      = "007-business-standard-pti-us-withdraws"
		bs         = "No country has done more than the United States, and its generosity will continue, she said."
		iisdDoc    = "022-iisd-mexico-meeting"
		iisd       = "Lajcak underlined Member States’ agreement that each government will continue to determine its own migration policies. Participating in the UN compact process does not mean “diminution of state sovereignty,” he stressed. Prior to the meeting, the US Government had announced the end of its participation in the process, citing its sovereign right to enforce immigration laws."
	)
	m := paraMap{libertyDoc: {9: liberty}, bsDoc: {5: bs}, iisdDoc: {16: iisd}}
	runShownCases(t, m, []shownCase{
		{"end its generosity", quotedClaim{"Haley said the US would end its generosity toward migrants", libertyDoc, 9, "the U.S. will continue in its “generosity”"}, false},
		{"continue in its generosity", quotedClaim{"Nikki Haley said the US will continue in its generosity by supporting migrants and refugees", libertyDoc, 9, "the U.S. will continue in its “generosity” by supporting migrants and refugees"}, true},
		{"stop its generosity", quotedClaim{"Haley said the United States will stop its generosity", bsDoc, 5, "No country has done more than the United States, and its generosity will continue"}, false},
		{"stop determining", quotedClaim{"Lajcak said each government will stop determining its own migration policies", iisdDoc, 16, "each government will continue to determine its own migration policies"}, false},
		{"continue to determine", quotedClaim{"Lajcak said each government will continue to determine its own migration policies", iisdDoc, 16, "each government will continue to determine its own migration policies"}, true},
		{"the end of its participation", quotedClaim{"The US Government had announced the end of its participation in the process", iisdDoc, 16, "the US Government had announced the end of its participation in the process"}, true},
	})
}
