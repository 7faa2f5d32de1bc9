package llm

import "testing"

// TestForeignCloseTranslation: a claim in another language with a single
// name of its quoted sentence, but whose words mostly begin as the
// sentence's do, is shown (cognatesHeld), structured and inline, on the
// fixture article and the Reuters article on Hungary; it was removed as
// undecided before. A claim with one name and words of its own (an
// invented persuasion), one whose stance is the opposite of the
// sentence's, and one with too few of the sentence's words stay removed.
func TestForeignCloseTranslation(t *testing.T) {
	m := paraMap{fixtureDoc: {1: fixtureParagraphs[1], 3: fixtureParagraphs[3], 5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	const influence = "highlighted the enduring influence of Stephen Miller, the 32-year-old senior White House policy advisor who has championed the Trump administration’s effort to sharply restrict immigration to the United States"
	const opposeVote = "the country would also oppose the pact should it come up for a vote in the General Assembly"
	const stateOpposed = "The State Department initially opposed the withdrawal"
	runShownCases(t, m, []shownCase{
		{"French translation kept", quotedClaim{"La décision du président a mis en évidence son influence durable, lui qui a défendu l'effort de l'administration Trump pour restreindre fortement l'immigration", fixtureDoc, 3, influence}, true},
		{"French translation of Reuters kept", quotedClaim{"Selon le ministre, la Hongrie quittera le pacte migratoire des Nations unies avant son approbation finale", hungaryDoc, 1, hungary1}, true},
		{"French stay for quit", quotedClaim{"Selon le ministre, la Hongrie restera dans le pacte migratoire des Nations unies avant son approbation finale", hungaryDoc, 1, hungary1}, false},
		{"French invented persuasion", quotedClaim{"Stephen Miller a convaincu le président Trump de quitter les négociations", fixtureDoc, 3, influence}, false},
		{"Italian stance turned", quotedClaim{"Szijjarto ha detto che il paese sosterrebbe il patto in caso di votazione all'assemblea generale", hungaryDoc, 3, opposeVote}, false},
		{"Spanish backing for opposing", quotedClaim{"El Departamento de Estado respaldó inicialmente la retirada", fixtureDoc, 5, stateOpposed}, false},
		// The claims that stopped an earlier cognate rule (notes): a
		// verb of the opposite class, nouns matching.
		{"Trump participated", quotedClaim{"Trump a décidé de participer à la conférence sur les migrations", fixtureDoc, 1, "President Donald Trump has decided to boycott a global conference on migration"}, false},
		{"Haley backing", quotedClaim{"Haley ha espresso l'unico dissenso, sostenendo il ritiro", fixtureDoc, 6, "with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}, false},
		// True, but its words are German ones: still lost.
		{"German without cognates", quotedClaim{"Szijjarto sagte, das Land werde den Pakt auch bei einer Abstimmung ablehnen", hungaryDoc, 3, opposeVote}, false},
	})
}
