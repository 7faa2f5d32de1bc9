package llm

import "testing"

// TestInventedTail: a claim ending in a phrase none of whose plain words
// its paragraph has (after its last comma, or two or more after its last
// "to") is removed (inventedTail), structured and inline, on the fixture
// article, the Reuters article on Hungary and the AP article on Poland;
// a trailing phrase with a word of the paragraph, or only names, stays.
// The false claims were shown in both forms before the rule.
func TestInventedTail(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2], 3: fixtureParagraphs[3], 5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}, hungaryDoc: {1: hungary1}, polandDoc: {1: polandLead}}
	const reversed = "reversed course and recommended ditching the negotiations"
	const quit = "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"
	const poland = "The Polish government said Tuesday that it will not support a global compact seeking international cooperation on migration, citing national sovereignty"
	runShownCases(t, m, []shownCase{
		{"with an approval", quotedClaim{"Brian Hook reversed course and recommended ditching the negotiations, with Tillerson's approval", fixtureDoc, 5, reversed}, false},
		{"to save money", quotedClaim{"In recent weeks, Miller led efforts to pull out of the migration talks to save money", fixtureDoc, 3, "In recent weeks, Miller led efforts to pull out of the migration talks."}, false},
		{"to protect its farmers", quotedClaim{"Hungary will quit the United Nations migration pact before its final approval, to protect its farmers", hungaryDoc, 1, quit}, false},
		{"to cut costs", quotedClaim{"The Polish government will not support the global compact on migration, to cut the cost of border controls", polandDoc, 1, poland}, false},
		{"recommended kept", quotedClaim{"Brian Hook reversed course and recommended ditching the negotiations", fixtureDoc, 5, reversed}, true},
		{"a name after the comma kept", quotedClaim{"Hungary will quit the United Nations migration pact before its final approval, Szijjarto said", hungaryDoc, 1, quit}, true},
		{"a reason of the sentence kept", quotedClaim{"The Polish government will not support the global compact on migration, citing national sovereignty", polandDoc, 1, poland}, true},
		{"with the dissent kept", quotedClaim{"The meeting ended in deadlock, with Nikki Haley expressing the lone dissent", fixtureDoc, 6, "The meeting ended in deadlock, with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent."}, true},
		{"to take stock kept", quotedClaim{"The Mexican government was to host a three-day meeting to take stock of negotiations on a pact", fixtureDoc, 2, "the Mexican government is scheduled Monday to host a three-day meeting to take stock of negotiations on a pact"}, true},
	})
}
