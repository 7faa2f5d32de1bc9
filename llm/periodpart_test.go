package llm

import "testing"

// TestPeriodPartDiffers: a claim that moves a date within its period
// ("late last week" for "early last week", "early 2018" for "late 2018",
// "a principios de 2018") is removed, structured and inline; the part the
// sentence gives, and a part the sentence doesn't judge (it writes the
// period bare: the AP article's "in 2015", the Reuters article's "in
// December"), stay. The false claims were shown inline before the rule
// (structured, the doctored quote is not found; a real quote is).
func TestPeriodPartDiffers(t *testing.T) {
	const poland4 = "Poland’s government has taken a strong anti-migrant position. It won power in 2015 amid Europe’s migration crisis promising not to accept any Muslim migrants, describing them as a risk to the nation’s security and Christian identity."
	const hungary3 = "The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting, Szijjarto said, adding that the country would also oppose the pact should it come up for a vote in the General Assembly."
	m := paraMap{fixtureDoc: {4: fixtureParagraphs[4], 9: fixtureParagraphs[9]}, polandDoc: {4: poland4}, hungaryDoc: {3: hungary3}}
	const met = "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks."
	const concluded = "The pact also outlined a blueprint for an international treaty or compact that would be concluded by the U.N. General Assembly in late 2018."
	runShownCases(t, m, []shownCase{
		{"late for early last week", quotedClaim{"The top national security advisors met late last week", fixtureDoc, 4, met}, false},
		{"end of last week for early", quotedClaim{"The national security advisors met at the end of last week to determine whether the United States would participate", fixtureDoc, 4, met}, false},
		{"early last week kept", quotedClaim{"The top national security advisors met early last week", fixtureDoc, 4, met}, true},
		{"early 2018 for late", quotedClaim{"The compact would be concluded by the U.N. General Assembly in early 2018", fixtureDoc, 9, concluded}, false},
		{"a principios de 2018, in Spanish", quotedClaim{"El pacto sería concluido por la Asamblea General de la ONU a principios de 2018", fixtureDoc, 9, concluded}, false},
		{"a finales de 2018 kept, in Spanish", quotedClaim{"El pacto sería concluido por la Asamblea General de la ONU a finales de 2018", fixtureDoc, 9, concluded}, true},
		{"late 2018 kept", quotedClaim{"The compact would be concluded by the U.N. General Assembly in late 2018", fixtureDoc, 9, concluded}, true},
		{"bare year not judged", quotedClaim{"Poland's government won power in late 2015 amid Europe's migration crisis", polandDoc, 4, "It won power in 2015 amid Europe’s migration crisis"}, true},
		{"bare month not judged", quotedClaim{"The accord is to be formally adopted in early December, Szijjarto said", hungaryDoc, 3, "The accord is to be formally adopted in December"}, true},
	})
}
