package llm

import "testing"

// TestCountWithItsUnit: a count the claim writes before a unit of time,
// in words or digits, must be the count its sentence writes before that
// unit (countsDiffer); structured and inline, on the fixture article
// (a three-day meeting, the 32-year-old Miller) and the AP article on
// Poland, whose count has no unit of time and is not judged. The false
// claims were shown before.
func TestCountWithItsUnit(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2], 3: fixtureParagraphs[3]}, polandDoc: {5: poland5}}
	const host = "the Mexican government is scheduled Monday to host a three-day meeting"
	const age = "the 32-year-old senior White House policy advisor"
	runShownCases(t, m, []shownCase{
		{"two-day for three-day", quotedClaim{"The meeting in Mexico was a two-day meeting", fixtureDoc, 2, "a three-day meeting"}, false},
		{"five days for three-day", quotedClaim{"The Mexican government was to host a meeting lasting five days", fixtureDoc, 2, host}, false},
		{"twenty-three for 32-year-old", quotedClaim{"Stephen Miller is twenty-three years old", fixtureDoc, 3, age}, false},
		{"three-day kept", quotedClaim{"The meeting in Mexico was a three-day meeting", fixtureDoc, 2, "a three-day meeting"}, true},
		{"three days for three-day", quotedClaim{"The Mexican government was to host a meeting lasting three days", fixtureDoc, 2, host}, true},
		{"thirty-two for 32-year-old", quotedClaim{"Stephen Miller is thirty-two years old", fixtureDoc, 3, age}, true},
		{"a count with no unit", quotedClaim{"All 193 U.N. member states adopted a declaration in September 2016", polandDoc, 5, "all 193 U.N. member states in September 2016 ... adopted a declaration"}, true},
	})
}

// TestCountBeforeANoun: a count the claim writes out in words before a
// noun must be the count its sentence gives that noun, when the sentence
// counts it (countsDiffer, by the noun's stem: "party" and "parties");
// structured and inline, on the AFP story on Belgium and the AP story on
// the General Assembly's vote. The false claims were shown before.
func TestCountBeforeANoun(t *testing.T) {
	m := paraMap{belgiumDoc: {2: belgium2}, gaDoc: {1: ga1}}
	runShownCases(t, m, []shownCase{
		{"five parties for four", quotedClaim{"The coalition had five parties", belgiumDoc, 2, "the largest of the coalition’s four parties"}, false},
		{"four parties kept", quotedClaim{"The coalition had four parties", belgiumDoc, 2, "the largest of the coalition’s four parties"}, true},
		{"four countries for five", quotedClaim{"Four countries opposed the accord, including the United States and Hungary", gaDoc, 1, "over opposition from five countries, including the United States and Hungary"}, false},
		{"four countries mid-sentence", quotedClaim{"The assembly endorsed the accord over opposition from four countries, including the United States and Hungary", gaDoc, 1, "over opposition from five countries, including the United States and Hungary"}, false},
		{"five countries kept", quotedClaim{"Five countries opposed the accord, including the United States and Hungary", gaDoc, 1, "over opposition from five countries, including the United States and Hungary"}, true},
	})
}
