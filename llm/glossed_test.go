package llm

import "testing"

// Paragraphs of Radio-Canada's French article (coverage page 041) and El
// Economista's Spanish one (page 127), as the importer numbers them.
const (
	rcDoc = "041-radio-canada-trump-retire"
	rc2   = "Donald Trump a décidé de retirer les États-Unis d'un pacte mondial des Nations unies sur les migrants et les réfugiés, qu'il juge « incompatible » avec sa politique migratoire."
	rc3   = "C’est la mission américaine auprès de l’ONU qui en a fait l’annonce samedi."
	rc5   = "Ce pacte, également connu comme la déclaration de New York, a été adopté l’année dernière par 193 pays membres de l’ONU. Il vise notamment à améliorer la gestion internationale des mouvements de réfugiés et de migrants, allant de l’accueil à l’aide au retour de ceux-ci dans leur pays d’origine."
	rc8   = "« Aucun pays n'a fait plus que les États-Unis et notre générosité perdurera. Mais nos décisions sur les politiques d'immigration doivent toujours être prises par les Américains et les seuls Américains », a déclaré l'ambassadrice américaine à l'ONU, Nikki Haley dans un communiqué."

	mxDoc = "127-eleconomista-mx-videgaray"
	mx1   = "Ante la decisión del presidente Donald Trump de retirar a Estados Unidos del pacto mundial de la Organización de las Naciones Unidas (ONU) sobre migración, por ser incompatible con la política migratoria de su país, el secretario de Relaciones Exteriores, Luis Videgaray, lamentó dicha decisión."
	mx5   = "Asimismo, indicó que el gobierno mexicano seguirá colaborando con EU en su relación migratoria."
	mx6   = "“México seguirá trabajando de manera constructiva con Estados Unidos. Son cerca de 12 millones de mexicanos los que viven en EU y nuestra relación es intensa”, dijo."
)

// TestNamesAsAnotherLanguageWritesThem: an English claim's "UN" and
// "United States" meet "l'ONU" and "États-Unis" of a French or Spanish
// quote (addForeignForms); before, "UN" was taken for the French article
// "un" the paragraph lacked, and the claim was removed. The same claims
// with another day or count are not shown.
func TestNamesAsAnotherLanguageWritesThem(t *testing.T) {
	m := paraMap{rcDoc: {3: rc3, 5: rc5, 8: rc8}}
	runShownCases(t, m, []shownCase{
		{"the mission's Saturday", quotedClaim{"The US mission to the UN made the announcement on Saturday", rcDoc, 3, "C’est la mission américaine auprès de l’ONU qui en a fait l’annonce samedi"}, true},
		{"another day", quotedClaim{"The US mission to the UN made the announcement on Sunday", rcDoc, 3, "C’est la mission américaine auprès de l’ONU qui en a fait l’annonce samedi"}, false},
		{"the declaration's 193", quotedClaim{"The New York Declaration was adopted last year by 193 UN member countries", rcDoc, 5, "a été adopté l’année dernière par 193 pays membres de l’ONU"}, true},
		{"another count", quotedClaim{"The New York Declaration was adopted last year by 195 UN member countries", rcDoc, 5, "a été adopté l’année dernière par 193 pays membres de l’ONU"}, false},
	})
	// Structured (its quote names the sentence): "États-Unis" and "Nikki
	// Haley" anchor it.
	c := quotedClaim{"Nikki Haley said no country has done more than the United States", rcDoc, 8, "Aucun pays n'a fait plus que les États-Unis"}
	if res := checkQuoted([]quotedClaim{c}, evidenceOver(m)); len(res.cites) == 0 {
		t.Errorf("%q removed, want it shown", c.Text)
	}
}

// TestDeedAcrossLanguages: a claim in English on a quote in another
// language is held to its names and numbers; when they are there, a deed
// that ends something must be told in the paragraph (endsHeld), and a
// word the quote writes with a negating prefix turns it (prefixOpposed),
// on the French article and the Spanish one. Each false claim was shown
// once the quote's "États-Unis" and "Estados Unidos" anchored it.
func TestDeedAcrossLanguages(t *testing.T) {
	m := paraMap{rcDoc: {2: rc2, 8: rc8}, mxDoc: {1: mx1, 6: mx6}}
	runShownCases(t, m, []shownCase{
		{"generosity ended", quotedClaim{"Haley said the United States will end its generosity", rcDoc, 8, "Aucun pays n'a fait plus que les États-Unis et notre générosité perdurera"}, false},
		{"work stopped", quotedClaim{"Videgaray said Mexico will stop working with the United States", mxDoc, 6, "México seguirá trabajando de manera constructiva con Estados Unidos"}, false},
		{"compatible for incompatible, French", quotedClaim{"Donald Trump said the pact was compatible with his migration policy", rcDoc, 2, "qu'il juge « incompatible » avec sa politique migratoire"}, false},
		{"compatible for incompatible, Spanish", quotedClaim{"Trump said the pact was compatible with US migration policy", mxDoc, 1, "por ser incompatible con la política migratoria de su país"}, false},
		{"incompatible kept", quotedClaim{"Trump withdrew the United States because the pact was incompatible with US migration policy", mxDoc, 1, "por ser incompatible con la política migratoria de su país"}, true},
	})
}

// TestGlossedTranslation: an English claim with one anchor that closely
// translates its Spanish quote is shown when its words are the English of
// the quote's (lexicon glosses: "colaborando", cooperate), and not when
// it turns the quote's negation ("Yes, Mexico believes…" against "no
// creemos…"): both were removed before, for want of three shared roots.
func TestGlossedTranslation(t *testing.T) {
	const mx2 = "“México no cree en la criminalización del migrante, México no cree en los muros, cree en los puentes y no creemos que un país, por más grande y poderoso que sea, pueda enfrentar el fenómeno migratorio por sí mismo”, declaró Videgaray en la inauguración del Pacto Mundial para una Migración Segura, Ordenada y Legal organizado por la ONU en Puerto Vallarta."
	m := paraMap{mxDoc: {2: mx2, 5: mx5}}
	runShownCases(t, m, []shownCase{
		{"cooperating", quotedClaim{"Yes, the Mexican government will keep cooperating with the US on migration", mxDoc, 5, "el gobierno mexicano seguirá colaborando con EU en su relación migratoria"}, true},
		{"the negation kept", quotedClaim{"No, Mexico does not believe any country, however big and powerful, can face migration by itself", mxDoc, 2, "no creemos que un país, por más grande y poderoso que sea, pueda enfrentar el fenómeno migratorio por sí mismo"}, true},
		{"the negation dropped", quotedClaim{"Yes, Mexico believes a powerful country can handle migration alone", mxDoc, 2, "no creemos que un país, por más grande y poderoso que sea, pueda enfrentar el fenómeno migratorio por sí mismo"}, false},
	})
}

// TestSentenceWithTheClaimsNumbers: of two sentences of a paragraph that
// share as much with a claim, the one with its number is its support
// ("12 millones"), not the one before that names the United States; on
// the Spanish article, where the claim was removed, and the French one.
func TestSentenceWithTheClaimsNumbers(t *testing.T) {
	m := paraMap{mxDoc: {6: mx6}, rcDoc: {5: rc5}}
	runShownCases(t, m, []shownCase{
		{"12 million", quotedClaim{"About 12 million Mexicans live in the United States", mxDoc, 6, "Son cerca de 12 millones de mexicanos los que viven en EU"}, true},
		{"20 million", quotedClaim{"About 20 million Mexicans live in the United States", mxDoc, 6, "Son cerca de 12 millones de mexicanos los que viven en EU"}, false},
	})
	// A French claim on the French article: "Cela" opening it is no name.
	expectShownBothForms(t, paraMap{rcDoc: {5: rc5}}, quotedClaim{"Cela va de l'accueil à l'aide au retour dans leur pays d'origine", rcDoc, 5, "allant de l’accueil à l’aide au retour de ceux-ci dans leur pays d’origine"}, true)
}

// TestTranslationNamesOnlyItsSentence: a claim in another language judged
// as a translation of its quoted sentence must name only what that
// sentence names (or its "she" stands for): "Jeff Sessions s'est opposé
// au retrait" translates the fixture's "The State Department initially
// opposed the withdrawal" but for its doer, named in the sentence before
// ("its" there stands for the department), and was shown; the Spanish
// article's sentence naming "el gobierno mexicano" still carries "the
// Mexican government".
func TestTranslationNamesOnlyItsSentence(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5]}}
	c := quotedClaim{"Jeff Sessions s'est opposé au retrait, comme le département d'État", fixtureDoc, 5, "The State Department initially opposed the withdrawal"}
	if res := checkQuoted([]quotedClaim{c}, evidenceOver(m)); len(res.cites) > 0 {
		t.Errorf("%q shown (%q), want it removed", c.Text, res.text)
	}
	c = quotedClaim{"Yes, the Mexican government will keep cooperating with the US on migration", mxDoc, 5, "el gobierno mexicano seguirá colaborando con EU en su relación migratoria"}
	if res := checkQuoted([]quotedClaim{c}, evidenceOver(paraMap{mxDoc: {5: mx5}})); len(res.cites) == 0 {
		t.Errorf("%q removed, want it shown", c.Text)
	}
}
