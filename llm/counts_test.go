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
