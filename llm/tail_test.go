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

// TestInventedAndTail: a claim ending in a clause joined by "and" none of
// whose two or more plain words its paragraph has ("and will rejoin the
// talks next year") is removed, structured and inline, on the fixture
// article and the Reuters article on Hungary; a last "and" joining names
// or words of the paragraph changes nothing.
func TestInventedAndTail(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 10: fixtureParagraphs[10]}, hungaryDoc: {1: hungary1}}
	const proud = "The United States is “proud of our immigrant heritage and our long-standing moral leadership in providing support to migrant and refugee populations across the globe,” Haley said"
	const quit = "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"
	runShownCases(t, m, []shownCase{
		{"and will rejoin", quotedClaim{"Haley said the United States is proud of its immigrant heritage and will rejoin the talks next year", fixtureDoc, 10, proud}, false},
		{"and will build a fence", quotedClaim{"Hungary will quit the United Nations migration pact before its final approval and build a new border fence", hungaryDoc, 1, quit}, false},
		{"and its leadership kept", quotedClaim{"Haley said the United States is proud of its immigrant heritage and its moral leadership in providing support to migrants", fixtureDoc, 10, proud}, true},
		{"and names kept", quotedClaim{"John Kelly and Jeff Sessions strongly backed a pullout", fixtureDoc, 5, "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"}, true},
	})
}
