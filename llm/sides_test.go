package llm

import "testing"

// TestSideOfOthers: a claim that gives its people the side someone else
// takes in its sentence, while the sentence gives them the other side, is
// removed (sideOfOthers), structured and inline, in English and in other
// languages: "Brian Hook e Rex Tillerson si opposero al ritiro" and "…, and
// Hook later backed staying" were shown in both forms and inline before
// the rule (the State Department's "opposed the withdrawal" holds their
// side). True claims that give each side its own people stay, on the
// fixture, the AP article on Poland and the Reuters article on Hungary.
func TestSideOfOthers(t *testing.T) {
	const hungary3 = "The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting, Szijjarto said, adding that the country would also oppose the pact should it come up for a vote in the General Assembly."
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}, polandDoc: {1: polandLead}, hungaryDoc: {1: hungary1, 3: hungary3}}
	const state = "The State Department initially opposed the withdrawal, but its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations."
	runShownCases(t, m, []shownCase{
		{"Hook and Tillerson opposing, in Italian", quotedClaim{"Brian Hook e Rex Tillerson si opposero al ritiro", fixtureDoc, 5, state}, false},
		{"Hook opposing, in Spanish", quotedClaim{"Brian Hook, que representaba a Rex Tillerson, se opuso a la retirada", fixtureDoc, 5, state}, false},
		{"Hook backed staying", quotedClaim{"The State Department initially opposed the withdrawal, and Hook later backed staying", fixtureDoc, 5, state}, false},
		{"each side its people kept", quotedClaim{"The State Department initially opposed the withdrawal, but Brian Hook recommended ditching the negotiations", fixtureDoc, 5, state}, true},
		{"Hook ditching kept, in Italian", quotedClaim{"Brian Hook, che rappresentava Rex Tillerson, raccomandò di abbandonare i negoziati", fixtureDoc, 5, state}, true},
		{"Hook ditching kept, in Spanish", quotedClaim{"Brian Hook, que representaba a Rex Tillerson, recomendó abandonar las negociaciones", fixtureDoc, 5, state}, true},
		{"Haley participating kept", quotedClaim{"Haley argued that the United States would have a better shot at influencing the outcome if it participated in the process", fixtureDoc, 6, "Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process."}, true},
		{"Poland and the others rejecting kept", quotedClaim{"The Polish government will not support the compact, and Hungary, Austria and the United States reject it", polandDoc, 1, polandLead}, true},
		{"Hungary quitting kept", quotedClaim{"Hungary will quit the United Nations migration pact, Szijjarto said", hungaryDoc, 1, hungary1}, true},
		{"Hungary opposing kept", quotedClaim{"Szijjarto said Hungary would also oppose the pact in a vote in the General Assembly", hungaryDoc, 3, hungary3}, true},
	})
}
