package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// Names held across languages. Every name of a question must be held by
// its answer (see holds); a sentence in another language than the
// question's writes the question's names in its own: "Ungarn" of "Wer hat
// angekündigt, dass Ungarn … aussteigt?" is "Hungary" in Reuters's
// English, "UN" of "Who announced that Chile would not sign the UN
// migration pact?" is "ONU" in a Spanish page, or nothing, the page
// naming the pact by its own name. A country is known in every language
// (the gazetteer's CLDR names, see namesAbroad); a topic name is not, and
// tells no page from another (see topicName).

// countryNamesAsNames marks as names the words of terms that write a
// country's name (regions, see wordRegions): a German question
// capitalises every noun, so its capitals mark no names (see
// retrieval.Analyzer.TermsIn), but a capitalised word the gazetteer reads
// as a country's name ("Ungarn", "Polen") is one, as it is in a sentence
// of any other language.
func countryNamesAsNames(t *retrieval.Term, regions map[string]string) {
	if !t.Name && !t.Number && regions[text.Fold(t.Word)] != "" {
		t.Name = true
	}
}

// markTopics marks the question's topic names (see topicName) that name
// no country, when the question names something else too: those a
// sentence in another language need not hold (see heldAbroad). In a
// question that names nothing else they stay required, as for
// foreignRival.
func markTopics(terms []qterm, ownStems map[string]bool) {
	topic := func(t qterm) bool { return t.Name && !t.Number && t.region == "" && topicName(t.w) }
	if !slices.ContainsFunc(terms, func(t qterm) bool {
		return ownStems[t.Stem] && (t.Number || t.Name && !topic(t))
	}) {
		return
	}
	for i := range terms {
		terms[i].topic = topic(terms[i])
	}
}

// heldAbroad reports whether s, a sentence of an article in another
// language than the question's, holds name t its own way: a topic name
// (see markTopics) needs not be held, a country is held by any of its
// names in the sentence or its paragraph ("Hungary" for "Ungarn"), and a
// country's adjective by its names or adjectives ("Italian" by "italiano").
func (e *Extractive) heldAbroad(t qterm, s sentence) bool {
	if !s.foreign || !t.Name {
		return false
	}
	if t.topic {
		return true
	}
	if t.region == "" {
		return false
	}
	all := strings.Join(s.all, " ")
	return e.sentenceNamesCountry(all, t.region) || t.adjective && e.countriesIn(all)[t.region] != 0 // "Italian": "italiano" (countryword.go)
}
