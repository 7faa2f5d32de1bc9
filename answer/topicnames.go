package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Topic names. Some names of a question name what nearly every page of
// the collection is about: over the coverage of the migration compact,
// "UN", "Global Compact", "Migration" are in a paragraph of four or five.
// Pages in other languages write them otherwise ("ONU", "UNO", "Pacto
// Mundial", "Weltpakt"), so a page in another language that gives a
// version of what was asked seldom holds them, and they tell no page
// from another anyway: what singles out the pages that tell of the act
// asked are the question's rarer names ("Marrakech", "Chile",
// "Guterres"). So a topic name is neither required of a sentence in
// another language (see foreignRival) nor searched for when pages in
// other languages are looked for (see distinctQuestion). A country is
// never a topic name: its names in every language are known (see
// namesAbroad).

// topicWeight is the weight (the BM25 idf of its stem over the
// paragraphs, see retrieval.Index.Weight) below which a name is a topic
// name: 2 is a name in about one paragraph of seven or more. Over the
// coverage the names of the compact and of the UN weigh 1.2–1.6, the
// names of places, people and countries the questions ask about 3.0–5.8
// ("Marrakech" 3.4, "Guterres" 3.7, "Chile" 5.8), "Secretary-General"'s
// "general" 2.4. Higher drops names that tell the pages apart, lower
// keeps names the other languages write otherwise.
const topicWeight = 2.0

// topicName reports whether a name of weight w (see topicWeight) names
// what the collection is about.
func topicName(w float64) bool { return w > 0 && w < topicWeight }

// distinctQuestion returns question q without its topic names (see
// topicName) that name no country, for looking up the pages in other
// languages that tell of what it asks (see withAbroad): "How many
// governments signed up to the Global Compact for Migration in
// Marrakech?" looks them up by "Marrakech". q itself when it has no
// topic name, or no other name or number to look them up by.
func (e *Extractive) distinctQuestion(q string) string {
	_, countryWords := e.places().CountriesIn(q)
	drop := map[string]bool{}
	kept := false
	for _, t := range e.ix.Terms(q) {
		if !t.Name && !t.Number {
			continue
		}
		w := text.Fold(t.Word)
		if t.Name && !countryWords[w] && topicName(e.ix.Weight(t.Stem)) {
			drop[w] = true
			continue
		}
		kept = true
	}
	if len(drop) == 0 || !kept {
		return q
	}
	var b strings.Builder
	last := 0
	for _, tk := range text.Tokens(q) {
		if drop[text.Fold(tk.Text)] {
			b.WriteString(q[last:tk.Start])
			last = tk.End
		}
	}
	b.WriteString(q[last:])
	return b.String()
}
