package llm

import "testing"

// TestNumberWithItsUnit: a number the claim writes with a unit of time
// must not stand on the same number written with another unit
// (unitsDiffer); structured and inline, on the fixture article and the AP
// article on Poland, whose numbers have no unit after them.
func TestNumberWithItsUnit(t *testing.T) {
	const (
		poland4 = "Poland’s government has taken a strong anti-migrant position. It won power in 2015 amid Europe’s migration crisis promising not to accept any Muslim migrants, describing them as a risk to the nation’s security and Christian identity."
		poland7 = "The compact has 23 objectives that seek to boost cooperation to manage migration and numerous actions ranging from technical issues like the portability of earnings by migrant workers to reducing the detention of migrants."
		age     = "Stephen Miller, the 32-year-old senior White House policy advisor"
	)
	paras := paraMap{fixtureDoc: {3: fixtureParagraphs[3]}, polandDoc: {4: poland4, 7: poland7}}
	runShownCases(t, paras, []shownCase{
		{"years for a -year-old", quotedClaim{"Stephen Miller is 32 years old", fixtureDoc, 3, age}, true},
		{"in French, ans for a -year-old", quotedClaim{"Stephen Miller est un conseiller de la Maison Blanche âgé de 32 ans", fixtureDoc, 3, age}, true},
		{"a year without a unit", quotedClaim{"Poland's government won power in 2015 amid Europe's migration crisis", polandDoc, 4, "It won power in 2015 amid Europe’s migration crisis"}, true},
		{"a count without a unit", quotedClaim{"The compact has 23 objectives", polandDoc, 7, "The compact has 23 objectives"}, true},
		{"weeks for a -year-old", quotedClaim{"Stephen Miller led efforts to pull out of the migration talks for 32 weeks", fixtureDoc, 3, "In recent weeks, Miller led efforts to pull out of the migration talks."}, false},
		{"in German, months for a -year-old", quotedClaim{"Stephen Miller ist seit 32 Monaten Berater im Weißen Haus", fixtureDoc, 3, age}, false},
	})
}
