package answer

// How much a word of a question in another language than English weighs
// when the articles lack it. rarity reads a word's everyday frequency in
// English (SUBTLEX-US): every word of a German, French or Spanish question
// is unknown there (Zipf 0), so its everyday verbs ("steigen … aus",
// "kostet") weighed as much as a rare term that names another subject.
// One such word then carried most of the question: it lowered every
// sentence's share (false refusals) and, unmatched, made the absent-fact
// gate refuse (see asksAbsentFact). The repo has no frequency list of the
// other languages, so their words the articles lack weigh foreignRarity,
// between an everyday English word (minRarity) and a rare one (1).

// foreignRarity is the weight, as a share of its idf, of a word the
// articles lack in a question in another language than English: lower lets
// a question's unmatched words count for less (answering more, rightly
// when they are paraphrases, wrongly when they name what the articles do
// not tell); higher, as 1 before, refuses more. Swept on the coverage
// tune sets (cross13-tune, lang10j-tune and the others; notes/answering.md,
// round thirteen): 0.4, 0.6 and 0.8 give the same answers, 1 refuses
// "Warum steigen die USA aus der UN-Flüchtlingsvereinbarung aus?"; 0.6 is
// the middle of the flat range.
const foreignRarity = 0.6

// rarityIn is rarity for a word of a question in language lang (ISO 639-1;
// "" when unknown, read as English).
func rarityIn(lang, word string) float64 {
	if lang == "" || lang == "en" {
		return rarity(word)
	}
	return foreignRarity
}
